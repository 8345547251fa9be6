// The gflags API: the flag macros, their variables (environment-dependent
// values for the rules) and the *FromEnv environment sources.
#include <gflags/gflags.h>

#include <string>

DEFINE_bool(enable_metrics, true, "Expose /metrics");
DEFINE_int32(metrics_port, 9100, "Port of /metrics");
DEFINE_int64(budget, 10, "Budget");
DEFINE_uint64(quota, 10, "Quota");
DEFINE_double(ratio, 0.5, "Ratio");
DEFINE_string(env, "prod", "Deployment environment");
DEFINE_string(from_env, google::StringFromEnv("SVC_ENV", "prod"), "From the environment");
DECLARE_bool(enable_metrics);
DECLARE_string(env);

static bool ValidPort(const char*, google::int32 port) { return port > 0; }
DEFINE_validator(metrics_port, &ValidPort);

int main(int argc, char** argv) {
  gflags::SetUsageMessage("service");
  google::SetVersionString("1.0");
  gflags::ParseCommandLineFlags(&argc, &argv, true);
  google::ParseCommandLineFlags(&argc, &argv, false);
  bool on = google::BoolFromEnv("SVC_METRICS", true) && FLAGS_enable_metrics;
  google::int32 port = google::Int32FromEnv("SVC_PORT", FLAGS_metrics_port);
  long long budget = gflags::Int64FromEnv("SVC_BUDGET", FLAGS_budget) + FLAGS_quota;
  double ratio = google::DoubleFromEnv("SVC_RATIO", FLAGS_ratio);
  const char* env = gflags::StringFromEnv("SVC_ENV", "prod");
  std::string value;
  gflags::GetCommandLineOption("env", &value);
  gflags::SetCommandLineOption("env", "staging");
  bool prod = FLAGS_env == "prod" || FLAGS_from_env == env;
  gflags::ShutDownCommandLineFlags();
  return on && prod ? port + static_cast<int>(budget + ratio) : 0;
}
