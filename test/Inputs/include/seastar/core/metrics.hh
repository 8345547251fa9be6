// Mock of seastar/core/metrics.hh: the metric definition factories
// (make_counter, make_gauge, ...) handed to metric_groups::add_group (see
// ../../README.md).
#pragma once
#include "metrics_registration.hh"

#include <string>

namespace seastar {
namespace metrics {

class description {
public:
  description(const char *text = "") : Text(text) {}
  description(const std::string &text) : Text(text) {}
private:
  std::string Text;
};

template <typename T>
metric_definition make_counter(const std::string &name, T &&val,
                               description d = description());
template <typename T>
metric_definition make_gauge(const std::string &name, T &&val,
                             description d = description());
template <typename T>
metric_definition make_histogram(const std::string &name, T &&val,
                                 description d = description());

} // namespace metrics
} // namespace seastar
