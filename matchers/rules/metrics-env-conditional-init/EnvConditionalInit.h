//===--- EnvConditionalInit.h - metrics-env-conditional-init -----*- C++ -*-===//
//
/// Finds decisions on the deployment environment (environment variables,
/// flags, configuration naming the environment) where one outcome
/// initialises metrics and another goes on to serve without them.
///
/// Docs: docs/rules/metrics-env-conditional-init.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_ENVCONDITIONALINIT_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_ENVCONDITIONALINIT_H

#include "Finding.h"
#include "TUFacts.h"

namespace metrics_init_check {

class EnvConditionalInit {
public:
  static constexpr llvm::StringLiteral Id = "metrics-env-conditional-init";

  struct Options {
    Level Severity = Level::Warning;
    /// Level of findings on an explicit metrics switch.
    Level SwitchSeverity = Level::Note;
  };

  EnvConditionalInit(const TUFacts &Facts, Options Opts)
      : Facts(Facts), Opts(Opts) {}

  void run(const FindingSink &Sink) const;

private:
  const TUFacts &Facts;
  Options Opts;
};

} // namespace metrics_init_check

#endif
