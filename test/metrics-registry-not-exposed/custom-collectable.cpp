// RUN: %check_rule %s metrics-registry-not-exposed %t
// RUN: %{check_rule_tidy} %s metrics-registry-not-exposed %t-tidy
//
// A service's own collector (a class deriving from prometheus::Collectable,
// as exporters of system metrics write them) is exported only once it is
// registered with an Exposer or a Gateway.

#include <prometheus/collectable.h>
#include <prometheus/exposer.h>
#include <prometheus/metric_family.h>

#include <memory>
#include <vector>

class DiskStats : public prometheus::Collectable {
public:
  std::vector<prometheus::MetricFamily> Collect() const override { return {}; }
};

void Serve();

// Positive: created, never registered.
void Forgotten() {
  auto stats = std::make_shared<DiskStats>();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: metrics are never exported: the collector 'stats' is created, but nothing passes it to 'prometheus::Exposer::RegisterCollectable' or 'prometheus::Gateway::RegisterCollectable' [metrics-registry-not-exposed]
  Serve();
}

// Negative: registered with an exposer that lives as long as the service.
int main() {
  auto stats = std::make_shared<DiskStats>();
  prometheus::Exposer exposer{"127.0.0.1:8080"};
  exposer.RegisterCollectable(stats);
  Serve();
  return 0;
}
