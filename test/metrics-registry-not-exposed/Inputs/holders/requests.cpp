#include "metrics.h"

#include <prometheus/counter.h>

void RegisterRequestMetrics(prometheus::Registry &registry) {
  prometheus::BuildCounter().Name("api_requests_total").Help("API requests").Register(registry);
}
