// Seastar: the group prefixes the exposed name; labels among the
// definition's arguments.
#include <seastar/core/metrics.hh>

namespace sm = seastar::metrics;

void Register(sm::metric_groups &groups, long &ops) {
  static const sm::label kind("kind");
  groups.add_group("io", {sm::make_counter("ops", ops, sm::description("I/O"),
                                           {kind("read"), sm::label_instance("disk", "sda")})});
}
