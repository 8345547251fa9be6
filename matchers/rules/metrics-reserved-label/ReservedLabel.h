//===--- ReservedLabel.h - metrics-reserved-label ----------------*- C++ -*-===//
//
/// Reports label names Prometheus or the metric's own type reserves: a
/// `__` prefix (Prometheus' internal labels), `le` on a histogram,
/// `quantile` on a summary (the series those types generate carry them),
/// and names that are not valid label names at all. Constant, declared and
/// per-sample labels are checked alike; the names are in the rule packs
/// (`metric_naming.reserved_label_prefixes`, `reserved_labels`).
///
/// Audit-only (rules.json `enabled`); no fix-it: the label's new name is
/// the owner's choice, and queries use the old one.
///
/// Docs: docs/rules/metrics-reserved-label.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_RESERVEDLABEL_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_RESERVEDLABEL_H

#include "ApiModel.h"
#include "Finding.h"
#include "MetricsInventory.h"

namespace metrics_init_check {

class ReservedLabel {
public:
  static constexpr llvm::StringLiteral Id = "metrics-reserved-label";

  struct Options {
    Level Severity = Level::Note;
  };

  ReservedLabel(const ApiModel &Api, llvm::ArrayRef<MetricSite> Sites,
                Options Opts)
      : Api(Api), Sites(Sites), Opts(Opts) {}

  void run(const FindingSink &Sink) const;

private:
  /// Why \p Label may not be a label of \p M, or "".
  std::string problem(const MetricRecord &M, const MetricLabel &Label) const;

  const ApiModel &Api;
  llvm::ArrayRef<MetricSite> Sites;
  Options Opts;
};

} // namespace metrics_init_check

#endif
