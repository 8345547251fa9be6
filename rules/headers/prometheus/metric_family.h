// Declaration-only stand-in for <prometheus/metric_family.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <string>
#include <vector>

#include <prometheus/client_metric.h>
#include <prometheus/metric_type.h>

namespace prometheus {

// A named family of samples, the unit a Collectable yields.
struct MetricFamily {
  std::string name;
  std::string help;
  MetricType type = MetricType::Untyped;
  std::vector<ClientMetric> metric;
};

}  // namespace prometheus
