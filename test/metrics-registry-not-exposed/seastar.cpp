// RUN: %check_rule %s metrics-registry-not-exposed %t
// RUN: %check_rule -check-suffix=SERVED %s metrics-registry-not-exposed %t-served -- -DSTART_PROMETHEUS
//
// seastar: metric groups are served only by the Prometheus endpoint the
// application starts (program_requires in the seastar pack). This file is
// the whole program: it defines main.

#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>
#include <seastar/core/prometheus.hh>

namespace sm = seastar::metrics;

class Shard {
public:
  void RegisterMetrics() {
    metrics_.add_group("orders", {sm::make_counter("received", received_)});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are never exported: metric groups are registered here, but the Prometheus endpoint is never started (nothing in the program calls 'seastar::prometheus::start' or 'seastar::prometheus::add_prometheus_routes') [metrics-registry-not-exposed]
  }

private:
  sm::metric_groups metrics_;
  unsigned long received_ = 0;
};

int main() {
  Shard shard;
  shard.RegisterMetrics();
#ifdef START_PROMETHEUS
  // Negative (SERVED): the endpoint is started.
  seastar::httpd::http_server_control server;
  seastar::prometheus::config config;
  seastar::prometheus::start(server, config);
#endif
  return 0;
}
// With -DSTART_PROMETHEUS there are no CHECK-MESSAGES-SERVED lines: the
// driver fails that run on any finding.
