#include "telemetry.h"

#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

namespace orders::telemetry {
namespace {
std::shared_ptr<prometheus::Registry> registry;
std::unique_ptr<prometheus::Exposer> exposer;
} // namespace

void Start(const std::string &address) {
  registry = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter()
      .Name("orders_received_total")
      .Help("Orders received")
      .Register(*registry);
  exposer = std::make_unique<prometheus::Exposer>(address);
  // Someone wanted quiet benchmarks in release builds: release builds
  // (-DNDEBUG, CMake's Release) then expose nothing at all.
#ifndef NDEBUG
  exposer->RegisterCollectable(registry);
#endif
}

} // namespace orders::telemetry
