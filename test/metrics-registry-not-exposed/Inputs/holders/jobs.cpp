#include "metrics.h"

#include <prometheus/counter.h>

void InitJobCounters() {
  prometheus::BuildCounter().Name("jobs_total").Help("Jobs").Register(*g_job_registry);
}
