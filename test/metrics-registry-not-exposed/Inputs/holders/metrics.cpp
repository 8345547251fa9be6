#include "metrics.h"

#include <prometheus/counter.h>

std::shared_ptr<prometheus::Registry> g_registry =
    std::make_shared<prometheus::Registry>();
std::shared_ptr<prometheus::Registry> g_job_registry =
    std::make_shared<prometheus::Registry>();

void InitRequestCounters() {
  prometheus::BuildCounter().Name("requests_total").Help("Requests").Register(*g_registry);
}
