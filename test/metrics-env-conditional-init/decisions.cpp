// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// Every kind of decision: else-if chains (one decision, one finding),
// switch with and without default, the conditional operator, and an
// environment parsed by a helper into an enum.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <memory>
#include <string>

void RunServer();
std::unique_ptr<prometheus::Exposer> Exposer;

// As real services do: the Exposer serves what is registered with it.
std::shared_ptr<prometheus::Registry> Metrics = std::make_shared<prometheus::Registry>();
void StartExposer() {
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Metrics);
}

enum class Env { kDev, kStaging, kProd };

// The helper that parses the environment.
Env ParseEnv(const char *value) {
  if (!value)
    return Env::kDev;
  std::string v(value);
  if (v == "prod")
    return Env::kProd;
  if (v == "staging")
    return Env::kStaging;
  return Env::kDev;
}

Env CurrentEnv() { return ParseEnv(std::getenv("SERVICE_ENV")); }

// Positive, one finding for the whole chain: staging and the final else
// both serve without the exposer.
void ElseIfChain() {
  std::string env = std::getenv("SERVICE_ENV");
  if (env == "prod") {
    StartExposer();
    // CHECK-FIXES: {{^}}  StartExposer();{{$}}
    // CHECK-FIXES-NEXT: {{^}}  if (env == "prod") {{{$}}
    // CHECK-MESSAGES: :[[@LINE-3]]:5: warning: metrics are exposed only in some environments: 'StartExposer()' runs when 'env == "prod"' is true (a decision on environment variable 'SERVICE_ENV'); when 'env == "staging"' is true and when none of them is true the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
    // CHECK-MESSAGES: :[[@LINE+1]]:32: note: when 'env == "staging"' is true, metrics are not exposed
  } else if (env == "staging") {
    RunServer();
  } else {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: note: when none of them is true, metrics are not exposed
  }
  RunServer();
}

// Negative: every link of the chain exposes.
void ElseIfChainAllExpose() {
  std::string env = std::getenv("SERVICE_ENV");
  if (env == "prod")
    StartExposer();
  else if (env == "staging")
    StartExposer();
  else
    StartExposer();
  RunServer();
}

// Positive: a switch over an enum a helper parsed from the environment.
// Every enumerator has a case, so there is no "no case matches" outcome.
void SwitchNoDefault() {
  switch (CurrentEnv()) {
  case Env::kProd:
    StartExposer();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'StartExposer()' runs for 'case Env::kProd' (a decision on environment variable 'SERVICE_ENV'); for 'case Env::kStaging' the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: for 'case Env::kStaging', metrics are not exposed
    break;
  case Env::kStaging:
    break;
  case Env::kDev:
    StartExposer();
    break;
  }
  RunServer();
}
// Two cases expose: hoisting one of them would change behaviour, so no fix.
// CHECK-FIXES: void SwitchNoDefault() {
// CHECK-FIXES-NEXT: switch (CurrentEnv()) {
// CHECK-FIXES-NEXT: case Env::kProd:
// CHECK-FIXES-NEXT: StartExposer();

// Negative: the switch's default exits; every other case exposes.
void SwitchDefaultExits() {
  switch (ParseEnv(std::getenv("SERVICE_ENV"))) {
  case Env::kProd:
  case Env::kStaging:
    StartExposer();
    break;
  case Env::kDev:
    StartExposer();
    break;
  default:
    std::exit(2);
  }
  RunServer();
}

// Positive: the conditional operator; no fix is offered for it.
void ConditionalOperator() {
  const bool prod = std::getenv("IS_PROD") != nullptr;
  auto exposer = prod ? std::make_unique<prometheus::Exposer>("0.0.0.0:9100") : nullptr;
  // The Exposer (the endpoint) exists only when 'prod'; the registration
  // that exposes the registry follows it behind its own null check, so the
  // decision differs in the earlier stage: the pack counts constructing an
  // Exposer as creation, and names what it creates (its 'subject').
  // CHECK-MESSAGES: :[[@LINE-5]]:25: warning: the /metrics endpoint is created only in some environments: 'std::make_unique<prometheus::Exposer>("0.0.0.0:9100")' runs when 'prod' is true (a decision on environment variable 'IS_PROD'); when it is false the service reaches 'RunServer()' without creating it [metrics-env-conditional-init]
  // CHECK-MESSAGES: :[[@LINE-6]]:81: note: when it is false, the /metrics endpoint is not created
  if (exposer)
    exposer->RegisterCollectable(Metrics);
  RunServer();
}

// Negative: the conditional operator only picks the address.
void ConditionalPicksAddress() {
  auto exposer = std::make_unique<prometheus::Exposer>(std::getenv("IS_PROD") ? "0.0.0.0:80" : "127.0.0.1:9100");
  exposer->RegisterCollectable(Metrics);
  RunServer();
}
