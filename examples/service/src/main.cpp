// orders-service: the long-running API server.
#include "config.h"
#include "server.h"
#include "telemetry.h"

#include <gflags/gflags.h>

#include <iostream>

DEFINE_string(config, "/etc/orders/orders.conf", "Configuration file");

int main(int argc, char **argv) {
  gflags::ParseCommandLineFlags(&argc, &argv, true);
  orders::Config config = orders::LoadConfig(FLAGS_config);
  if (config.listen_address.empty()) {
    std::cerr << "no listen address configured\n";
    return 1;
  }

  // Metrics were meant for production only, "to keep dev quiet": staging
  // and canaries then run without any metrics at all.
  switch (orders::CurrentStage()) {
  case orders::Stage::kProduction:
    orders::telemetry::Start(config.metrics_address);
    break;
  case orders::Stage::kStaging:
  case orders::Stage::kDevelopment:
    std::cout << "metrics disabled outside production\n";
    break;
  }

  orders::Server server(config.listen_address);
  server.Run();
  return 0;
}
