// Each overload once: the named ones define metrics, the others nothing.
#include "bvar_like.h"

static int get_fds(void *) { return 0; }

bvar::LatencyRecorder g_client("client");
bvar::LatencyRecorder g_windowed(30);
bvar::LatencyRecorder g_unnamed;
bvar::LatencyRecorder g_read("OrderService", "ReadLatency");
bvar::LatencyRecorder g_write("write_latency", 10);
bvar::PassiveStatus<int> g_fds("open_fds", get_fds, nullptr);
bvar::PassiveStatus<int> g_fds_hidden(get_fds, nullptr);
bvar::PassiveStatus<int> g_threads("proc", "threads", get_fds, nullptr);
bvar::Status<int> g_build("build_id", 7);
bvar::Status<int> g_build_hidden(7);
bvar::Status<std::string> g_version("version", "v%d.%d", 1, 2);
bvar::Adder<int> g_reqs("reqs");
bvar::Window<bvar::Adder<int>> g_reqs_minute("reqs_minute", &g_reqs, 60);
bvar::Window<bvar::Adder<int>> g_reqs_hidden(&g_reqs, 60);
bvar::PerSecond<bvar::Adder<int>> g_rate_hidden(&g_reqs, 60);
bvar::PerSecond<bvar::Adder<int>> g_rate("reqs", "second", &g_reqs);
bvar::PerSecond<bvar::Adder<int>> g_rate30("reqs_rate30", &g_reqs, 30);

void expose_late() {
  static bvar::LatencyRecorder late;
  late.expose("cache", "lookup");
}

// Constructed without a name, exposed later by name: a definition there.
bvar::PassiveStatus<int> g_sleep(get_fds, nullptr);
bvar::PassiveStatus<int> g_waits(get_fds, nullptr);
void expose_variables() {
  g_sleep.expose_as("cl", "SleepTime");
  g_waits.expose("cl_waits");
}

// The naming lint holds the part the service names to the conventions,
// once per recorder: not brpc's own series words.
bvar::LatencyRecorder g_slow("slow_ms");
