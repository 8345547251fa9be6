// Declaration-only stand-in for <seastar/core/metrics.hh>, shipped with
// metrics-init-check for scans where Seastar is not installed. Follows the
// public API of Seastar 22.11 and later; names and strings are taken as
// std::string (seastar::sstring in Seastar). It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here
// can be linked or run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <seastar/core/metrics_registration.hh>

namespace seastar {
namespace metrics {

using metric_name_type = std::string;

// The help text of a metric.
class description {
public:
    description(std::string s = std::string());
    const std::string& str() const;
};

// A label with its value, attached to a metric.
class label_instance {
public:
    template <typename T>
    label_instance(const std::string& key, T v) {}
    const std::string& key() const;
    const std::string& value() const;
};

// A label key; calling it with a value makes a label_instance.
class label {
public:
    explicit label(const std::string& key);
    template <typename T>
    label_instance operator()(T value) const {
        return label_instance(name(), value);
    }
    const std::string& name() const;
};

struct histogram {
    std::uint64_t sample_count = 0;
    double sample_sum = 0;
};

namespace impl {
// What the make_* functions return; a metric_definition is built from it.
class metric_definition_impl {
public:
    metric_definition_impl() = default;
    metric_definition_impl& operator()(bool enabled);
    metric_definition_impl& operator()(const label_instance& label);
    metric_definition_impl& set_type(const std::string& type_name);
    metric_definition_impl& aggregate(const std::vector<label>& labels) noexcept;
    metric_definition_impl& set_skip_when_empty(bool skip = true) noexcept;
};
}  // namespace impl

// Templates called with lambdas need a body to be used at all; these
// bodies return an empty definition.
#define MIC_SEASTAR_MAKE_METRIC(fn)                                            \
    template <typename T>                                                      \
    impl::metric_definition_impl fn(metric_name_type name, T&& val,            \
                                    description d = description(),             \
                                    std::vector<label_instance> labels = {}) { \
        return {};                                                             \
    }                                                                          \
    template <typename T>                                                      \
    impl::metric_definition_impl fn(metric_name_type name, description d,      \
                                    T&& val) {                                 \
        return {};                                                             \
    }                                                                          \
    template <typename T>                                                      \
    impl::metric_definition_impl fn(metric_name_type name, description d,      \
                                    std::vector<label_instance> labels,        \
                                    T&& val) {                                 \
        return {};                                                             \
    }

MIC_SEASTAR_MAKE_METRIC(make_gauge)
MIC_SEASTAR_MAKE_METRIC(make_counter)
MIC_SEASTAR_MAKE_METRIC(make_derive)
MIC_SEASTAR_MAKE_METRIC(make_histogram)
MIC_SEASTAR_MAKE_METRIC(make_summary)
MIC_SEASTAR_MAKE_METRIC(make_total_bytes)
MIC_SEASTAR_MAKE_METRIC(make_current_bytes)
MIC_SEASTAR_MAKE_METRIC(make_queue_length)
MIC_SEASTAR_MAKE_METRIC(make_total_operations)
#undef MIC_SEASTAR_MAKE_METRIC

}  // namespace metrics
}  // namespace seastar
