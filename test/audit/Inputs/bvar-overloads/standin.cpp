// The same overloads through the shipped declaration-only headers, whose
// names are std::string.
#include <bvar/bvar.h>

bvar::LatencyRecorder g_query("db", "QueryLatency");
bvar::LatencyRecorder g_window_only(5);
