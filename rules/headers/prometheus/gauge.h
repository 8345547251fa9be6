// Declaration-only stand-in for <prometheus/gauge.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <prometheus/client_metric.h>
#include <prometheus/detail/builder.h>
#include <prometheus/metric_type.h>

namespace prometheus {

class Gauge {
 public:
  static const MetricType metric_type{MetricType::Gauge};

  Gauge() = default;
  Gauge(double);

  void Increment();
  void Increment(double);
  void Decrement();
  void Decrement(double);
  void Set(double);
  void SetToCurrentTime();
  double Value() const;
  ClientMetric Collect() const;
};

detail::Builder<Gauge> BuildGauge();

}  // namespace prometheus
