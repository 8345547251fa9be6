// Declaration-only stand-in for <prometheus/info.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <prometheus/client_metric.h>
#include <prometheus/detail/builder.h>
#include <prometheus/metric_type.h>

// prometheus-cpp 1.2 and later.
namespace prometheus {

class Info {
 public:

  Info() = default;
  ClientMetric Collect() const;
};

detail::Builder<Info> BuildInfo();

}  // namespace prometheus
