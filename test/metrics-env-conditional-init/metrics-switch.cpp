// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
// RUN: %check_rule -check-suffix=WARN --option metrics-env-conditional-init.MetricsSwitchLevel=warning --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-warn
// RUN: %{check_rule_tidy} -check-suffix=WARN --option metrics-env-conditional-init.MetricsSwitchLevel=warning --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy-warn
// RUN: %check_rule -check-suffix=NONE --option metrics-env-conditional-init.MetricsSwitchLevel=none --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-none
// RUN: %{check_rule_tidy} -check-suffix=NONE --option metrics-env-conditional-init.MetricsSwitchLevel=none --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy-none
//
// Explicit metrics switches: a note by default (often deliberate), with the
// flag's default in the message; the level is an option.

#include <gflags/gflags.h>
#include <prometheus/exposer.h>
#include <prometheus/gateway.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <memory>

void RunServer();
std::shared_ptr<prometheus::Registry> Registry = std::make_shared<prometheus::Registry>();
std::unique_ptr<prometheus::Exposer> Exposer;
void Expose() {
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Registry);
}

DEFINE_bool(enable_metrics, false, "Serve /metrics");
DEFINE_bool(verbose, false, "Log more");
DEFINE_int32(threads, 4, "Worker threads");

struct Options {
  bool export_metrics = true;
};

void ByGflag() {
  if (FLAGS_enable_metrics)
    Expose();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: metrics are exposed only when the explicit metrics switch flag '--enable_metrics' selects it: 'Expose()' runs when 'FLAGS_enable_metrics' is true; when it is false the service reaches 'RunServer()' without exposing them (the flag defaults to false: metrics are off unless it is set) [metrics-env-conditional-init]
  // CHECK-MESSAGES-WARN: :[[@LINE-2]]:5: warning: metrics are exposed only when the explicit metrics switch flag '--enable_metrics' selects it{{.*}} [metrics-env-conditional-init]
  // CHECK-MESSAGES: :[[@LINE-13]]:1: note: flag '--enable_metrics' is defined here, default false
  RunServer();
}

void ByEnvironmentVariable() {
  if (std::getenv("SVC_EXPOSE_METRICS") != nullptr)
    Expose();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: metrics are exposed only when the explicit metrics switch environment variable 'SVC_EXPOSE_METRICS' selects it: 'Expose()' runs when 'std::getenv("SVC_EXPOSE_METRICS") != nullptr' is true; when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  // CHECK-MESSAGES-WARN: :[[@LINE-2]]:5: warning: metrics are exposed only when the explicit metrics switch environment variable 'SVC_EXPOSE_METRICS'{{.*}} [metrics-env-conditional-init]
  RunServer();
}

void ByOptionsField(const Options &options) {
  if (options.export_metrics) {
    prometheus::Gateway gateway("pushgateway", "9091", "job");
    gateway.RegisterCollectable(Registry);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: metrics are exposed only when the explicit metrics switch configuration value 'export_metrics' selects it{{.*}} [metrics-env-conditional-init]
    // CHECK-MESSAGES-WARN: :[[@LINE-2]]:5: warning: metrics are exposed only when the explicit metrics switch configuration value 'export_metrics' selects it{{.*}} [metrics-env-conditional-init]
    gateway.Push();
  }
  RunServer();
}

// Negative: flags that are not about metrics and do not decide metrics.
void UnrelatedFlags() {
  if (FLAGS_verbose)
    std::abort();
  for (int i = 0; i < FLAGS_threads; ++i) {
  }
  Expose();
  RunServer();
}

// Negative: a metrics flag both of whose outcomes expose (address choice).
void SwitchPicksAddress() {
  Exposer = std::make_unique<prometheus::Exposer>(FLAGS_enable_metrics ? "0.0.0.0:9100" : "127.0.0.1:9100");
  RunServer();
}
