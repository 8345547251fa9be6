// The tool's test: a program, but not a service. Not analysed as one, it
// is not listed (it would read 'never': its metric, no exposure).
#include "metrics.h"

REGISTER_METRIC(test_jobs);

int main() { return 0; }
