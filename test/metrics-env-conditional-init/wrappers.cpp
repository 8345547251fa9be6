// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// Initialisation reached through the TU's own code: a constructor, a method,
// a lambda invoked at once, a lambda handed to std::call_once, a wrapper of
// a wrapper; and decisions inside helpers whose callers go on.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>

void RunServer();
bool IsProd() { return std::string(std::getenv("ENV")) == "prod"; }

class MetricsService {
public:
  MetricsService() : exposer_("0.0.0.0:9100") { exposer_.RegisterCollectable(registry_); }

private:
  std::shared_ptr<prometheus::Registry> registry_ = std::make_shared<prometheus::Registry>();
  prometheus::Exposer exposer_;
};

class Telemetry {
public:
  void Start() { service_ = std::make_unique<MetricsService>(); }

private:
  std::unique_ptr<MetricsService> service_;
};

void InitMetrics() {
  static MetricsService service;
}
void SetUpObservability() { InitMetrics(); }

// Positive: through a method that builds an object whose constructor exposes
// (the note's chain ends at RegisterCollectable: constructing the Exposer
// only creates the endpoint).
void ThroughMethod(Telemetry &telemetry) {
  if (IsProd())
    telemetry.Start();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'telemetry.Start()' runs when 'IsProd()' is true (a decision on environment variable 'ENV'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'telemetry.Start()' exposes metrics: 'Telemetry::Start()' → the constructor of 'MetricsService' → 'prometheus::Exposer::RegisterCollectable' (expose, prometheus-cpp)
  RunServer();
}

// Positive: a wrapper of a wrapper.
void ThroughWrappers() {
  if (IsProd())
    SetUpObservability();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'SetUpObservability()' runs when 'IsProd()'{{.*}} [metrics-env-conditional-init]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'SetUpObservability()' exposes metrics: 'SetUpObservability()' → 'InitMetrics()' → the constructor of 'MetricsService' → 'prometheus::Exposer::RegisterCollectable' (expose, prometheus-cpp)
  RunServer();
}

// Positive: a lambda handed to std::call_once.
void ThroughCallOnce() {
  static std::once_flag once;
  if (IsProd())
    std::call_once(once, [] { InitMetrics(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'std::call_once(once, [] { InitMetrics(); })' runs when 'IsProd()'{{.*}} [metrics-env-conditional-init]
  RunServer();
}

// Positive: a local object whose constructor exposes.
void ThroughLocalObject() {
  if (IsProd()) {
    MetricsService service;
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: metrics are exposed only in some environments: 'MetricsService service' runs when 'IsProd()'{{.*}} [metrics-env-conditional-init]
    RunServer();
  } else {
    RunServer();
  }
}

// Negative: every outcome goes through a wrapper, one of them through a
// lambda invoked on the spot.
void AllOutcomesThroughWrappers() {
  if (IsProd())
    SetUpObservability();
  else
    [] { InitMetrics(); }();
  RunServer();
}

// The decision is inside a helper; what counts is what its callers do next.
void MaybeInitMetrics() {
  if (IsProd())
    InitMetrics();
}

// Negative: the caller initialises after the helper in any case...
void CallerInitialisesAnyway() {
  MaybeInitMetrics();
  InitMetrics();
  RunServer();
}

// ...but this caller goes straight to serving.
void CallerServes() {
  MaybeInitMetrics();
  RunServer();
}
// The finding for the helper's decision names the caller's serve point.
// CHECK-MESSAGES: :[[@LINE-16]]:5: warning: metrics are exposed only in some environments: 'InitMetrics()' runs when 'IsProd()' is true (a decision on environment variable 'ENV'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
// CHECK-MESSAGES: :[[@LINE-5]]:3: note: returns to its caller here, which goes on
