// orders-worker: consumes the order queue and serves its admin endpoint.
#include "config.h"
#include "server.h"
#include "telemetry.h"

#include <gflags/gflags.h>

#include <iostream>

namespace {

void LoadCaches(const orders::Config &config) {
  std::cout << "warming caches for queue " << config.queue << "\n";
}

// After a crash the supervisor restarts the worker with fast_restart set,
// so it skips the slow cache warm-up... and, with it, the metrics, which
// someone placed at the end of the warm-up.
void WarmUp(const orders::Config &config) {
  if (config.fast_restart)
    return;
  LoadCaches(config);
  orders::telemetry::Start(config.metrics_address);
}

} // namespace

int main(int argc, char **argv) {
  gflags::ParseCommandLineFlags(&argc, &argv, true);
  orders::Config config = orders::LoadConfig("/etc/orders/worker.conf");
  if (config.listen_address.empty()) {
    std::cerr << "no listen address configured\n";
    return 1;
  }
  WarmUp(config);
  orders::Server admin(config.listen_address);
  admin.Run();
  return 0;
}
