// Declaration-only stand-in for <prometheus/counter.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <prometheus/client_metric.h>
#include <prometheus/detail/builder.h>
#include <prometheus/metric_type.h>

namespace prometheus {

class Counter {
 public:
  static const MetricType metric_type{MetricType::Counter};

  Counter() = default;

  void Increment();
  void Increment(double);
  void Reset();
  double Value() const;
  ClientMetric Collect() const;
};

// Start of the builder chain: BuildCounter().Name(...).Help(...).Register(registry).
detail::Builder<Counter> BuildCounter();

}  // namespace prometheus
