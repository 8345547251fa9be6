//===--- InitNotOnAllPaths.h - metrics-init-not-on-all-paths -----*- C++ -*-===//
//
/// Finds paths from a service entry (main, or an entry point from a rule
/// pack or option) to a serve point that pass no metrics set-up, while
/// other paths do set up; and set-up that can only run once the service
/// already serves (after a blocking serve call, after a call that does not
/// return).
///
/// Docs: docs/rules/metrics-init-not-on-all-paths.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_INITNOTONALLPATHS_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_INITNOTONALLPATHS_H

#include "Finding.h"
#include "SetupSummaries.h"

namespace metrics_init_check {

class InitNotOnAllPaths {
public:
  static constexpr llvm::StringLiteral Id = "metrics-init-not-on-all-paths";

  struct Options {
    Level Severity = Level::Warning;
  };

  InitNotOnAllPaths(const TUFacts &Facts, TUSummaries &Summaries,
                    Options Opts)
      : Facts(Facts), Summaries(Summaries), Opts(Opts) {}

  void run(const FindingSink &Sink) const;

private:
  const TUFacts &Facts;
  /// Solved again as findings are reported (see deferBranch).
  TUSummaries &Summaries;
  Options Opts;
};

} // namespace metrics_init_check

#endif
