//===--- NameConvention.h - metrics-name-convention --------------*- C++ -*-===//
//
/// Reports metric names that break the Prometheus naming conventions, on
/// the name a scrape shows (MetricNames.h): not lower snake_case, a ':'
/// (recording rules' own), a counter without the `_total` its library
/// does not add, a unit that is not a base unit or a duration without
/// one, a suffix another type owns. What each library does to names and
/// which units and suffixes mean what is in the rule packs.
///
/// Audit-only (rules.json `enabled`); no fix-it: a rename breaks every
/// dashboard and alert that queries the old name.
///
/// Docs: docs/rules/metrics-name-convention.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_NAMECONVENTION_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_NAMECONVENTION_H

#include "ApiModel.h"
#include "Finding.h"
#include "MetricsInventory.h"

namespace metrics_init_check {

class NameConvention {
public:
  static constexpr llvm::StringLiteral Id = "metrics-name-convention";

  struct Options {
    Level Severity = Level::Note;
  };

  NameConvention(const ApiModel &Api, llvm::ArrayRef<MetricSite> Sites,
                 Options Opts)
      : Api(Api), Sites(Sites), Opts(Opts) {}

  void run(const FindingSink &Sink) const;

private:
  /// The problems of one exposed name, each a message.
  std::vector<std::string> problems(const MetricSite &Site) const;
  struct UnitProblem {
    std::string Message;
    bool AtUnit = false; ///< reported at the unit argument
  };
  UnitProblem unitProblem(const MetricSite &Site) const;

  const ApiModel &Api;
  llvm::ArrayRef<MetricSite> Sites;
  Options Opts;
};

} // namespace metrics_init_check

#endif
