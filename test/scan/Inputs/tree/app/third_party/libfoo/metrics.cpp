#include "foo/metrics.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

namespace {
std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Exposer;
} // namespace

void foo::StartMetrics() {
  Registry = std::make_shared<prometheus::Registry>();
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9200");
  Exposer->RegisterCollectable(Registry);
}
