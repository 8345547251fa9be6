// The same batch tool with a named recorder: exposed, and never served.
#include "../bvar-overloads/bvar_like.h"

bvar::LatencyRecorder g_latency("batch_job");

int main() { return 0; }
