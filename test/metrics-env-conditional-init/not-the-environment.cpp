// RUN: %check_rule --rules %S/Inputs/svc.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/svc.json %s metrics-env-conditional-init %t-tidy
//
// A decision is the environment's when it depends on how the service is
// deployed: an environment variable, a flag that switches a feature or
// metrics on or off or names the environment. A benchmark's choice of
// workload, a thread count or a quota read from a flag is run-time state.

#include <brpc/server.h>
#include <gflags/gflags.h>

#include <string>

DEFINE_string(ycsb_target, "rocksdb", "Storage engine the benchmark drives");
DEFINE_int32(num_threads, 4, "Worker threads");
DEFINE_int64(quota, 100, "Requests per second");
DEFINE_bool(with_tracing, false, "Feature switch: trace requests");
DEFINE_int32(dummy_port, -1, "Port of the /vars dummy server, -1 for none");

namespace svc {
void StartTelemetry();
void RegisterKpis();
void StartTracing();
void RunServer();
void RunRocksDb();
void RunLevelDb();
}

struct Options {
  int num_threads = 0;
};

// Negative: the flag picks a workload, not a deployment.
void ChooseEngine() {
  if (FLAGS_ycsb_target == "rocksdb") {
    svc::StartTelemetry();
    svc::RunRocksDb();
    return;
  }
  svc::RunServer();
}

// Negative: a thread count copied from a flag is compared with a number.
void Threads() {
  Options opts;
  opts.num_threads = FLAGS_num_threads;
  if (opts.num_threads > 0)
    svc::StartTelemetry();
  svc::RunServer();
}

// Negative: a quota from a flag against a run-time counter.
void Quota(long accepted) {
  if (accepted >= FLAGS_quota)
    svc::StartTelemetry();
  svc::RunServer();
}

// Negative: a client that never serves starts the dummy server only when
// asked to (--dummy_port, off by default): the user's choice.
int main() {
  if (FLAGS_dummy_port >= 0)
    brpc::StartDummyServerAt(FLAGS_dummy_port);
  return 0;
}

// Positive: a feature switch decides, and the other side serves.
void FeatureSwitch() {
  // CHECK-FIXES: void FeatureSwitch() {
  // CHECK-FIXES: svc::StartTelemetry();
  // CHECK-FIXES-NEXT: if (FLAGS_with_tracing) {
  if (FLAGS_with_tracing) {
    svc::StartTracing();
  } else {
    svc::StartTelemetry();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'svc::StartTelemetry()' runs when it is false (a decision on flag '--with_tracing'); when 'FLAGS_with_tracing' is true the service reaches 'svc::RunServer()' without exposing them [metrics-env-conditional-init]
  }
  svc::RunServer();
}

DEFINE_bool(enable_metrics, false, "Expose metrics");

// Positive (note): a library's set-up function exposes metrics only under
// its switch; it serves nothing itself, its callers do.
void InitTelemetry() {
  if (FLAGS_enable_metrics)
    svc::StartTelemetry();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: metrics are exposed only when the explicit metrics switch flag '--enable_metrics' selects it: 'svc::StartTelemetry()' runs when 'FLAGS_enable_metrics' is true; when it is false the service reaches the end of 'InitTelemetry()' without exposing them (the flag defaults to false: metrics are off unless it is set) [metrics-env-conditional-init]
}

class Telemetry {
public:
  void Start() {
    svc::StartTelemetry();
    prometheus_enabled_ = true;
  }
  bool prometheus_enabled() const { return prometheus_enabled_; }

private:
  bool prometheus_enabled_ = false;
};
Telemetry telemetry;

// Negative: the switch records what the set-up did, as `if (exposer)`
// would: a guard, not a decision on the environment.
void ExposeAgain() {
  if (telemetry.prometheus_enabled())
    svc::StartTelemetry();
  svc::RunServer();
}

// Negative: registration behind the metrics switch that also decides
// exposure is consistent: no metrics at all when it is off.
void Kpis() {
  if (FLAGS_enable_metrics)
    svc::RegisterKpis();
  svc::RunServer();
}

struct Config {
  bool GetBool(const char *key) const;
};
Config LoadConfig();

// Positive (note): a configuration key turns the exporter off
// (`prometheus: {enabled: false}`) and the service still serves.
void ConfiguredExporter() {
  Config config = LoadConfig();
  if (config.GetBool("prometheus.enabled"))
    svc::StartTelemetry();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: metrics are exposed only when the explicit metrics switch configuration value 'prometheus.enabled' selects it: 'svc::StartTelemetry()' runs when 'config.GetBool("prometheus.enabled")' is true; when it is false the service reaches 'svc::RunServer()' without exposing them [metrics-env-conditional-init]
  svc::RunServer();
}
