#include "metrics.h"

#include <prometheus/counter.h>

Metrics::Metrics() : registry_(std::make_shared<prometheus::Registry>()) {
  prometheus::BuildCounter().Name("cache_hits_total").Help("Hits").Register(*registry_);
}

void Metrics::Export(prometheus::Exposer &exposer) {
  exposer.RegisterCollectable(registry_);
}

Cache::Cache() : registry_(std::make_shared<prometheus::Registry>()) {
  prometheus::BuildCounter().Name("cache_misses_total").Help("Misses").Register(*registry_);
}
