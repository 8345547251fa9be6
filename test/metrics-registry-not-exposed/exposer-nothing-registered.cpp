// RUN: %check_rule --rules %S/Inputs/serve.json %s metrics-registry-not-exposed %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/serve.json %s metrics-registry-not-exposed %t-tidy
//
// A serving program whose Exposer has nothing registered: the endpoint
// exists and every scrape is empty. Constructing the Exposer is not
// exposure (the prometheus-cpp pack counts it as creation); this rule
// reports the exposer that exports nothing.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

void Serve();

// Positive: a file-local Exposer a helper starts; nothing registers with it.
namespace global_exposer_only {
static std::unique_ptr<prometheus::Exposer> Exposer;
void StartMetrics() {
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: metrics are never exported: the exposer 'Exposer' exports nothing: nothing calls 'prometheus::Exposer::RegisterCollectable' on it [metrics-registry-not-exposed]
}
void Run() {
  StartMetrics();
  Serve();
}
} // namespace global_exposer_only

// Negative: the registry is registered, even if only under a decision
// (whether that decision is an environment's is
// metrics-env-conditional-init's business, not this rule's).
void ServeRegistered(bool with_metrics) {
  auto registry = std::make_shared<prometheus::Registry>();
  prometheus::Exposer exposer{"127.0.0.1:8080"};
  if (with_metrics)
    exposer.RegisterCollectable(registry);
  Serve();
}

// Positive: main constructs the Exposer, registers nothing, and serves.
int main() {
  prometheus::Exposer exposer{"127.0.0.1:8080"};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are never exported: the exposer 'exposer' exports nothing: nothing calls 'prometheus::Exposer::RegisterCollectable' on it [metrics-registry-not-exposed]
  Serve();
  return 0;
}
