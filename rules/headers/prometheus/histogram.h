// Declaration-only stand-in for <prometheus/histogram.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <vector>

#include <prometheus/client_metric.h>
#include <prometheus/detail/builder.h>
#include <prometheus/metric_type.h>

namespace prometheus {

class Histogram {
 public:
  using BucketBoundaries = std::vector<double>;

  static const MetricType metric_type{MetricType::Histogram};

  explicit Histogram(const BucketBoundaries& buckets);
  explicit Histogram(BucketBoundaries&& buckets);

  void Observe(double value);
  void ObserveMultiple(const std::vector<double>& bucket_increments,
                       double sum_of_values);
  void Reset();
  ClientMetric Collect() const;
};

detail::Builder<Histogram> BuildHistogram();

}  // namespace prometheus
