// A batch tool whose bvars have no name: bvar exposes none of them, so
// nothing needs a server (brpc's /vars would show nothing of them).
#include "../bvar-overloads/bvar_like.h"

static int get_depth(void *) { return 0; }

bvar::LatencyRecorder g_latency(10);
bvar::PassiveStatus<int> g_depth(get_depth, nullptr);
bvar::Adder<int> g_jobs;
bvar::Window<bvar::Adder<int>> g_jobs_minute(&g_jobs, 60);
bvar::PerSecond<bvar::Adder<int>> g_jobs_rate(&g_jobs, 60);

int main() { return 0; }
