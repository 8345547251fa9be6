// Seastar metric definitions handed to a group.
#include <seastar/core/metrics.hh>

namespace sm = seastar::metrics;

void Register(sm::metric_groups &groups, long &reads) {
  groups.add_group("cache", {sm::make_counter("reads", reads, sm::description("Cache reads"))});
}
