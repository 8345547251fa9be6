// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// The classic: metrics initialised on one branch of a decision on an
// environment variable, while the other branch goes on to serve.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

void RunServer();
void InitTracing();

std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Exposer;

void InitMetrics() {
  Registry = std::make_shared<prometheus::Registry>();
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Registry);
}

// Positive: outside prod only; prod serves without metrics. The note's
// chain ends at the call that exposes, RegisterCollectable, not at the
// Exposer's constructor (which only creates the endpoint).
int ServeOutsideProdOnly() {
  const char *env = std::getenv("APP_ENV");
  if (env && std::string(env) != "prod") {
    InitMetrics();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'InitMetrics()' runs when 'env && std::string(env) != "prod"' is true (a decision on environment variable 'APP_ENV'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'InitMetrics()' exposes metrics: 'InitMetrics()' → 'prometheus::Exposer::RegisterCollectable' (expose, prometheus-cpp)
    // CHECK-MESSAGES: :[[@LINE-4]]:7: note: the decision depends on environment variable 'APP_ENV'
    // CHECK-MESSAGES: :[[@LINE-6]]:21: note: environment variable 'APP_ENV' is read here
    // CHECK-MESSAGES: :[[@LINE+2]]:10: note: when it is false, metrics are not exposed
    // CHECK-MESSAGES: :[[@LINE+4]]:3: note: serves here: 'RunServer' (serve, inhouse)
  } else {
    InitTracing();
  }
  RunServer();
  return 0;
}
// CHECK-FIXES: int ServeOutsideProdOnly() {
// CHECK-FIXES-NEXT: const char *env = std::getenv("APP_ENV");
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: if (env && std::string(env) != "prod") {
// CHECK-FIXES-NEXT: //
// CHECK-FIXES: } else {
// CHECK-FIXES-NEXT: InitTracing();

// Positive: a missing else, strcmp, and the value kept in a std::string.
void ServeProdOnlyMissingElse() {
  std::string stage = std::getenv("STAGE") ? std::getenv("STAGE") : "dev";
  if (std::strcmp(stage.c_str(), "production") == 0)
    InitMetrics();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'InitMetrics()' runs when 'std::strcmp(stage.c_str(), "production") == 0' is true (a decision on environment variable 'STAGE'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  RunServer();
}
// CHECK-FIXES: void ServeProdOnlyMissingElse() {
// CHECK-FIXES-NEXT: std::string stage = std::getenv("STAGE") ? std::getenv("STAGE") : "dev";
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: if (std::strcmp(stage.c_str(), "production") == 0)
// CHECK-FIXES-NEXT: {}

// Negative: every outcome initialises (different addresses per environment).
void BothBranchesInit() {
  if (std::getenv("PROD")) {
    Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:80");
  } else {
    Exposer = std::make_unique<prometheus::Exposer>("127.0.0.1:9100");
  }
  RunServer();
}

// Negative: init on the common path before the decision.
void InitBeforeDecision() {
  InitMetrics();
  if (std::getenv("EXTRA_EXPOSER"))
    Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9200");
  RunServer();
}

// Negative: init on the common path after the decision.
void InitAfterDecision() {
  if (std::getenv("VERBOSE"))
    InitTracing();
  InitMetrics();
  RunServer();
}

// Negative: the environment only picks a parameter.
void EnvPicksPort() {
  const char *addr = std::getenv("METRICS_ADDR");
  Exposer = std::make_unique<prometheus::Exposer>(addr ? addr : "0.0.0.0:9100");
  RunServer();
}

// Negative: the branch without metrics exits with an error.
int MissingConfigIsFatal() {
  const char *env = std::getenv("APP_ENV");
  if (!env) {
    return 1;
  }
  InitMetrics();
  RunServer();
  return 0;
}

// Negative: the branch without metrics aborts.
void AbortOutsideProd() {
  if (std::string(std::getenv("APP_ENV")) == "prod")
    InitMetrics();
  else
    std::abort();
  RunServer();
}

// Negative: a lazy-init guard is not an environment decision.
void LazyInit() {
  if (!Registry)
    InitMetrics();
  RunServer();
}
