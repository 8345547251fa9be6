// Declaration-only stand-in for <prometheus/detail/builder.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <string>

#include <prometheus/labels.h>

namespace prometheus {

template <typename T>
class Family;
class Registry;

namespace detail {

// What BuildCounter() and friends return. Only Register() puts a family
// into a registry; a chain without it registers nothing.
template <typename T>
class Builder {
 public:
  Builder& Labels(const ::prometheus::Labels& labels);
  Builder& Name(const std::string& name);
  Builder& Help(const std::string& help);
  Family<T>& Register(Registry& registry);
};

}  // namespace detail
}  // namespace prometheus
