// A tool whose only metric registers itself during static initialisation:
// no inventory row (the pack lists no metric definition) and nothing main
// runs. It still defines metrics: 'never', whatever rules run.
#include "metrics.h"

REGISTER_METRIC(jobs_done);

int main() { return 0; }
