// orders-batch: the nightly reconciliation job. It pushes its metrics to a
// Pushgateway, but only when asked to.
#include "config.h"
#include "server.h"

#include <gflags/gflags.h>
#include <prometheus/counter.h>
#include <prometheus/gateway.h>
#include <prometheus/registry.h>

#include <memory>

DEFINE_bool(push_metrics, false, "Push job metrics to the Pushgateway");
DEFINE_string(pushgateway, "pushgateway:9091", "Pushgateway host:port");

static void Reconcile(prometheus::Registry &registry) {
  auto &processed = prometheus::BuildCounter()
                        .Name("orders_reconciled_total")
                        .Help("Orders reconciled")
                        .Register(registry);
  processed.Add({}).Increment();
}

int main(int argc, char **argv) {
  gflags::ParseCommandLineFlags(&argc, &argv, true);
  auto registry = std::make_shared<prometheus::Registry>();
  Reconcile(*registry);

  // An explicit switch, off by default: the job's metrics only reach the
  // Pushgateway when --push_metrics is given.
  if (FLAGS_push_metrics) {
    prometheus::Gateway gateway("pushgateway", "9091", "orders-batch");
    gateway.RegisterCollectable(registry);
    gateway.Push();
  }

  // Profiles: canaries are served by a second instance with its own
  // exposer, which a config value decides.
  orders::Config config = orders::LoadConfig("/etc/orders/batch.conf");
  if (config.profile == "canary") {
    orders::Server canary(config.listen_address);
    canary.Run();
  }
  return 0;
}
