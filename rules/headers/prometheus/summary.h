// Declaration-only stand-in for <prometheus/summary.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <chrono>
#include <vector>

#include <prometheus/client_metric.h>
#include <prometheus/detail/builder.h>
#include <prometheus/detail/ckms_quantiles.h>
#include <prometheus/metric_type.h>

namespace prometheus {

class Summary {
 public:
  using Quantiles = std::vector<detail::CKMSQuantiles::Quantile>;

  static const MetricType metric_type{MetricType::Summary};

  explicit Summary(const Quantiles& quantiles,
                   std::chrono::milliseconds max_age = std::chrono::seconds{60},
                   int age_buckets = 5);
  explicit Summary(Quantiles&& quantiles,
                   std::chrono::milliseconds max_age = std::chrono::seconds{60},
                   int age_buckets = 5);

  void Observe(double value);
  ClientMetric Collect() const;
};

detail::Builder<Summary> BuildSummary();

}  // namespace prometheus
