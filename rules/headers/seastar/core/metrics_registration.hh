// Declaration-only stand-in for <seastar/core/metrics_registration.hh>, shipped with
// metrics-init-check for scans where Seastar is not installed. Follows the
// public API of Seastar 22.11 and later; names and strings are taken as
// std::string (seastar::sstring in Seastar). It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here
// can be linked or run.
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace seastar {
namespace metrics {

namespace impl {
class metric_definition_impl;
class metric_groups_def;
}  // namespace impl

using group_name_type = std::string;

// One metric as handed to add_group; made by make_gauge, make_counter, ...
class metric_definition {
public:
    metric_definition(const impl::metric_definition_impl& impl) noexcept;
    metric_definition(metric_definition&& m) noexcept;
    ~metric_definition();
};

// Metrics registered under one group name. RAII: they are unregistered
// when this object is destroyed, so a local one registers nothing lasting.
class metric_groups {
public:
    metric_groups() noexcept;
    metric_groups(metric_groups&&) = default;
    metric_groups& operator=(metric_groups&&) = default;
    ~metric_groups();

    metric_groups& add_group(const group_name_type& name,
                             const std::initializer_list<metric_definition>& l);
    metric_groups& add_group(const group_name_type& name,
                             const std::vector<metric_definition>& l);
    void clear();
};

// A single group, registered by its constructor or by add_group.
class metric_group : public metric_groups {
public:
    metric_group() noexcept;
    metric_group(const metric_group&) = delete;
    metric_group(metric_group&&) = default;
    ~metric_group();
    metric_group(const group_name_type& name,
                 std::initializer_list<metric_definition> l);
};

}  // namespace metrics
}  // namespace seastar
