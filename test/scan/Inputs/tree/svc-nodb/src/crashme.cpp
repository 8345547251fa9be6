// The tests make the worker crash on this file (MIC_SCAN_TEST_CRASH_ON), as
// a parser bug would: it is reported as not analysed and the scan goes on.
// It reads the environment, so the prefilter keeps it.
#include <cstdlib>

const char *crash_me() { return std::getenv("CRASH"); }
