// Declaration-only stand-in for <prometheus/collectable.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <vector>

namespace prometheus {

struct MetricFamily;

// Anything an Exposer or a Gateway can scrape: a Registry, or a class of
// the service's own.
class Collectable {
 public:
  virtual ~Collectable() = default;
  virtual std::vector<MetricFamily> Collect() const = 0;
};

}  // namespace prometheus
