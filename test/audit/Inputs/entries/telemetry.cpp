#include "metrics.h"

#include <prometheus/counter.h>

namespace telemetry {
static std::shared_ptr<prometheus::Registry> Registry;
static std::unique_ptr<prometheus::Exposer> Exposer;
void Start() {
  Registry = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter().Name("jobs_total").Register(*Registry);
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Registry);
}
} // namespace telemetry
