#include "svc/telemetry.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

namespace {
std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Exposer;
} // namespace

void svc::StartTelemetry(const std::string &Address) {
  Registry = std::make_shared<prometheus::Registry>();
  Exposer = std::make_unique<prometheus::Exposer>(Address);
  Exposer->RegisterCollectable(Registry);
}
