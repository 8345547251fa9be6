// Declaration-only stand-in for <prometheus/registry.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <string>
#include <vector>

#include <prometheus/collectable.h>
#include <prometheus/family.h>
#include <prometheus/labels.h>
#include <prometheus/metric_family.h>

namespace prometheus {

class Counter;
class Gauge;
class Histogram;
class Summary;

namespace detail {
template <typename T>
class Builder;
}  // namespace detail

// Holds metric families; exported once handed to an Exposer or a Gateway
// (RegisterCollectable), which keep only a weak_ptr to it.
class Registry : public Collectable {
 public:
  enum class InsertBehavior { Merge, Throw };

  explicit Registry(InsertBehavior insert_behavior = InsertBehavior::Merge);
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;
  Registry(Registry&&) = delete;
  Registry& operator=(Registry&&) = delete;
  ~Registry() override;

  std::vector<MetricFamily> Collect() const override;

  // prometheus-cpp 1.1 and later.
  template <typename T>
  bool Remove(const Family<T>& family);
};

}  // namespace prometheus
