// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// An Exposer constructed on every path creates the /metrics endpoint; what
// it serves is decided by RegisterCollectable. The seeded btrfs_exporter
// defect (docs/accuracy.md): registration only when an environment
// variable is set, after an unconditional Exposer.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <memory>
#include <string>

void RunServer();

// Positive: the endpoint exists everywhere, the registry is exposed only
// when BTRFS_EXPORTER_PROD is set.
void RegisterOnlyInProd() {
  auto registry = std::make_shared<prometheus::Registry>();
  prometheus::Exposer exposer{"127.0.0.1:8080"};
  if (std::getenv("BTRFS_EXPORTER_PROD"))
    exposer.RegisterCollectable(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'exposer.RegisterCollectable(registry)' runs when 'std::getenv("BTRFS_EXPORTER_PROD")' is true (a decision on environment variable 'BTRFS_EXPORTER_PROD'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  RunServer();
}

// Positive: the same through a pointer, the Exposer made before the
// decision.
void RegisterOnlyInProdThroughPointer() {
  auto registry = std::make_shared<prometheus::Registry>();
  auto exposer = std::make_unique<prometheus::Exposer>("127.0.0.1:8080");
  const char *stage = std::getenv("STAGE");
  if (stage && std::string(stage) == "prod")
    exposer->RegisterCollectable(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'exposer->RegisterCollectable(registry)' runs when 'stage && std::string(stage) == "prod"' is true (a decision on environment variable 'STAGE'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  RunServer();
}

// Negative: registration on every path; the environment decides something
// else (a second, optional registry's content is not the endpoint's).
void RegisterEverywhere() {
  auto registry = std::make_shared<prometheus::Registry>();
  prometheus::Exposer exposer{"127.0.0.1:8080"};
  exposer.RegisterCollectable(registry);
  if (std::getenv("BTRFS_EXPORTER_PROD"))
    std::atexit([] {});
  RunServer();
}

// Negative: the environment picks the address; the Exposer and its
// registration are on every path.
void EnvPicksAddress() {
  auto registry = std::make_shared<prometheus::Registry>();
  const char *address = std::getenv("METRICS_ADDRESS");
  prometheus::Exposer exposer{address ? address : "127.0.0.1:8080"};
  exposer.RegisterCollectable(registry);
  RunServer();
}

// Negative for this rule: an Exposer with nothing ever registered serves
// an empty /metrics in every environment; there is no environment
// decision. metrics-registry-not-exposed reports it
// (metrics-registry-not-exposed/exposer-nothing-registered.cpp).
void ExposerOnly() {
  prometheus::Exposer exposer{"127.0.0.1:8080"};
  RunServer();
}
