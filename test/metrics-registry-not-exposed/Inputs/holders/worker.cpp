#include "metrics.h"

#include <prometheus/counter.h>

std::shared_ptr<prometheus::Registry> MakeWorkerRegistry() {
  auto registry = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter().Name("worker_tasks_total").Help("Tasks").Register(*registry);
  return registry;
}
