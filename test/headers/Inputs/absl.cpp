// The Abseil flags API: ABSL_FLAG, absl::GetFlag (an environment source in
// the gflags rule pack), absl::SetFlag, absl::ParseCommandLine.
#include <absl/flags/declare.h>
#include <absl/flags/flag.h>
#include <absl/flags/parse.h>
#include <absl/flags/usage.h>

#include <string>
#include <vector>

ABSL_FLAG(bool, enable_metrics, true, "Expose /metrics");
ABSL_FLAG(int, metrics_port, 9100, "Port of /metrics");
ABSL_FLAG(std::string, env, "prod", "Deployment environment");
ABSL_DECLARE_FLAG(std::string, env);

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage("service");
  std::vector<char*> positional = absl::ParseCommandLine(argc, argv);
  absl::SetFlag(&FLAGS_metrics_port, 9200);
  absl::SetFlag(&FLAGS_env, "staging");
  bool on = absl::GetFlag(FLAGS_enable_metrics);
  int port = absl::GetFlag(FLAGS_metrics_port);
  std::string env = absl::GetFlag(FLAGS_env);
  return on && env == "prod" ? port + static_cast<int>(positional.size()) : 0;
}
