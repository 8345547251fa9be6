//===--- UnboundedLabel.h - metrics-unbounded-label --------------*- C++ -*-===//
//
/// Reports label values taken from a source without bound: a variable,
/// parameter, field or accessor named like a request id, user id,
/// session, trace id, URL, path, e-mail or address, or a request object's
/// members. Each distinct value is a new time series. The inventory
/// decides the source (LabelValues.h) from the words and request types of
/// the rule packs; literals, constants, enums and enum-to-string calls are
/// bounded and never reported.
///
/// Audit-only (rules.json `enabled`); no fix-it: dropping or bucketing a
/// label changes what the metric means.
///
/// Docs: docs/rules/metrics-unbounded-label.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_UNBOUNDEDLABEL_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_UNBOUNDEDLABEL_H

#include "Finding.h"
#include "MetricsInventory.h"

namespace metrics_init_check {

class UnboundedLabel {
public:
  static constexpr llvm::StringLiteral Id = "metrics-unbounded-label";

  struct Options {
    Level Severity = Level::Note;
  };

  UnboundedLabel(llvm::ArrayRef<MetricSite> Sites, Options Opts)
      : Sites(Sites), Opts(Opts) {}

  void run(const FindingSink &Sink) const;

private:
  llvm::ArrayRef<MetricSite> Sites;
  Options Opts;
};

} // namespace metrics_init_check

#endif
