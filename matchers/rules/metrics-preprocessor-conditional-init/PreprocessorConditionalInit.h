//===--- PreprocessorConditionalInit.h - metrics-preprocessor-conditional-init -*- C++ -*-===//
//
/// Finds metrics set-up inside one side of an #if/#ifdef/#ifndef whose
/// other side (or its absence) has no equivalent: `#ifndef NDEBUG` around
/// the exposer ships release builds without metrics. Works on the
/// preprocessor's record of every branch, taken or skipped, so the finding
/// is the same whichever configuration the TU was compiled in.
///
/// Docs: docs/rules/metrics-preprocessor-conditional-init.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_PREPROCESSORCONDITIONALINIT_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_PREPROCESSORCONDITIONALINIT_H

#include "Finding.h"
#include "PreprocessorLog.h"
#include "TUFacts.h"

namespace metrics_init_check {

class PreprocessorConditionalInit {
public:
  static constexpr llvm::StringLiteral Id =
      "metrics-preprocessor-conditional-init";

  struct Options {
    Level Severity = Level::Warning;
    /// Level of findings under an explicit metrics feature macro
    /// (ENABLE_METRICS, WITH_PROMETHEUS), which is often deliberate.
    Level FeatureMacroSeverity = Level::Note;
  };

  PreprocessorConditionalInit(const TUFacts &Facts, const PreprocessorLog &Log,
                              Options Opts)
      : Facts(Facts), Log(Log), Opts(Opts) {}

  void run(const FindingSink &Sink) const;

private:
  const TUFacts &Facts;
  const PreprocessorLog &Log;
  Options Opts;
};

/// The same finding for `if constexpr` on a constant that an #if/#else
/// defines (ConstexprConfigurations.cpp).
void reportConstexprConfigurations(const TUFacts &Facts,
                                   const PreprocessorLog &Log,
                                   PreprocessorConditionalInit::Options Opts,
                                   const FindingSink &Sink);

} // namespace metrics_init_check

#endif
