// RUN: %check_rule --rules %S/Inputs/svc.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/svc.json %s metrics-env-conditional-init %t-tidy
//
// Two independent decisions, each of which may set up metrics: the path
// through both "no" outcomes serves without them. Each decision is a
// place to fix.

#include <cstdlib>

namespace svc {
void StartTelemetry();
void RunServer();
}

// Positive: pull and push are each opt-in by environment variable.
int main() {
  if (std::getenv("APP_PULL"))
    svc::StartTelemetry();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'svc::StartTelemetry()' runs when 'std::getenv("APP_PULL")' is true (a decision on environment variable 'APP_PULL'); when it is false the service reaches 'svc::RunServer()' without exposing them [metrics-env-conditional-init]
  if (std::getenv("APP_PUSH"))
    svc::StartTelemetry();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'svc::StartTelemetry()' runs when 'std::getenv("APP_PUSH")' is true (a decision on environment variable 'APP_PUSH'); when it is false the service reaches 'svc::RunServer()' without exposing them [metrics-env-conditional-init]
  svc::RunServer();
}

// Negative: the second decision's "no" side sets up too: every path
// through both decisions exposes.
void EitherWay() {
  if (std::getenv("APP_PULL"))
    svc::StartTelemetry();
  if (std::getenv("APP_PUSH"))
    svc::StartTelemetry();
  else
    svc::StartTelemetry();
  svc::RunServer();
}
