// Mock of seastar/core/metrics_registration.hh: metric_groups and the
// metric definitions handed to add_group (see ../../README.md).
#pragma once
#include <initializer_list>
#include <string>

namespace seastar {
namespace metrics {

class metric_definition {
public:
  metric_definition(const char *name);
};

class metric_groups {
public:
  metric_groups() noexcept;
  metric_groups &add_group(const std::string &name,
                           const std::initializer_list<metric_definition> &l);
};

} // namespace metrics
} // namespace seastar
