// Declaration-only stand-in for <prometheus/family.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <prometheus/collectable.h>
#include <prometheus/labels.h>
#include <prometheus/metric_family.h>

namespace prometheus {

// All the series of one metric name; Add() makes (or finds) the series of
// a label set.
template <typename T>
class Family : public Collectable {
 public:
  Family(const std::string& name, const std::string& help,
         const Labels& constant_labels);

  template <typename... Args>
  T& Add(const Labels& labels, Args&&... args) {
    return Add(labels, std::unique_ptr<T>(new T(std::forward<Args>(args)...)));
  }

  void Remove(T* metric);
  bool Has(const Labels& labels) const;
  const std::string& GetName() const;
  const Labels GetConstantLabels() const;
  std::vector<MetricFamily> Collect() const override;

 private:
  T& Add(const Labels& labels, std::unique_ptr<T> object);
};

}  // namespace prometheus
