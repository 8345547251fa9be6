// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// Cases a user trial found: each was a false positive or a miss before.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

void RunServer();
// As real services do: an Exposer serves what is registered with it.
std::shared_ptr<prometheus::Registry> Metrics = std::make_shared<prometheus::Registry>();

// main serves on its normal path; `--version` or a dry run returning early
// is not "serving without metrics".
int EarlyExitBeforeServing(int argc, char **argv) {
  if (argc > 1 && std::strcmp(argv[1], "--version") == 0)
    return 0;
  if (std::getenv("DRY_RUN"))
    return 0;
  prometheus::Exposer exposer("0.0.0.0:9464");
  exposer.RegisterCollectable(Metrics);
  RunServer();
  return 0;
}
int main(int argc, char **argv) { return EarlyExitBeforeServing(argc, argv); }

// The set-up sits in a retry loop inside the environment branch: the loop
// may run zero times, but the other branch never sets up at all.
void SetUpInsideLoop() {
  std::unique_ptr<prometheus::Exposer> exposer;
  const char *stage = std::getenv("STAGE");
  if (stage && std::string(stage) == "prod") {
    for (int attempt = 0; attempt < 3 && !exposer; ++attempt) {
      exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9464");
      exposer->RegisterCollectable(Metrics);
    }
    // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: metrics are exposed only in some environments: 'exposer->RegisterCollectable(Metrics)' runs when 'stage && std::string(stage) == "prod"' is true (a decision on environment variable 'STAGE'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  }
  RunServer();
}

// The null check after a `?:` is a guard on the object, not a second
// environment decision; the one finding is on the `?:`.
void NullCheckAfterConditional(const std::shared_ptr<prometheus::Registry> &registry) {
  std::unique_ptr<prometheus::Exposer> exposer =
      std::getenv("IS_PROD") ? std::make_unique<prometheus::Exposer>("0.0.0.0:9464") : nullptr;
  // The Exposer (the endpoint) exists only under the decision and the
  // registration follows it: the decision differs in the earlier stage,
  // which the pack counts as creation (messages name the stage, not the
  // API).
  // CHECK-MESSAGES: :[[@LINE-5]]:32: warning: the /metrics endpoint is created only in some environments: 'std::make_unique<prometheus::Exposer>("0.0.0.0:9464")' runs when 'std::getenv("IS_PROD")' is true{{.*}} without creating it [metrics-env-conditional-init]
  if (exposer)
    exposer->RegisterCollectable(registry);
  RunServer();
}

// A configuration key passed as const std::string&.
struct Config {
  std::string GetString(const std::string &key) const;
};
void ConfigKeyAsString(const Config &config) {
  std::unique_ptr<prometheus::Exposer> exposer;
  if (config.GetString("deployment.stage") == "prod") {
    exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9464");
    exposer->RegisterCollectable(Metrics);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'exposer->RegisterCollectable(Metrics)' runs when 'config.GetString("deployment.stage") == "prod"' is true (a decision on configuration value 'deployment.stage'){{.*}} [metrics-env-conditional-init]
  }
  RunServer();
}

// std::optional<T>::emplace builds a T.
struct MetricsService {
  MetricsService() : exposer("0.0.0.0:9464") { exposer.RegisterCollectable(Metrics); }
  prometheus::Exposer exposer;
};
void OptionalEmplace() {
  std::optional<MetricsService> service;
  if (std::getenv("APP_ENV"))
    service.emplace();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'service.emplace()' runs when 'std::getenv("APP_ENV")' is true{{.*}} [metrics-env-conditional-init]
  RunServer();
}

// Nested decisions on the environment gating one set-up: one finding, on
// the innermost.
void NestedDecisions() {
  if (std::getenv("REGION")) {
    if (std::getenv("CANARY_STAGE")) {
      prometheus::Exposer exposer("0.0.0.0:9464");
      exposer.RegisterCollectable(Metrics);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: metrics are exposed only in some environments: 'exposer.RegisterCollectable(Metrics)' runs when 'std::getenv("CANARY_STAGE")' is true{{.*}} [metrics-env-conditional-init]
      RunServer();
    }
  }
  RunServer();
}

// The text of a set-up behind macros is the macro use as written.
static std::unique_ptr<prometheus::Exposer> GlobalExposer;
#define START_EXPOSER(addr)                                                     \
  do {                                                                         \
    GlobalExposer = std::make_unique<prometheus::Exposer>(addr);               \
    GlobalExposer->RegisterCollectable(Metrics);                               \
  } while (false)
#define IS_PROD() (std::getenv("APP_ENV") && std::strcmp(std::getenv("APP_ENV"), "prod") == 0)
void Macros() {
  if (IS_PROD())
    START_EXPOSER("0.0.0.0:9464");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'START_EXPOSER("0.0.0.0:9464")' runs when 'IS_PROD()' is true (a decision on environment variable 'APP_ENV'){{.*}} [metrics-env-conditional-init]
  RunServer();
}
