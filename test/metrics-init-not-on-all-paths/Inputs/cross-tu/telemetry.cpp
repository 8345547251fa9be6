#include "telemetry.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

namespace {
std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Exposer;

void Expose(const std::string &Address) {
  Registry = std::make_shared<prometheus::Registry>();
  Exposer = std::make_unique<prometheus::Exposer>(Address);
  Exposer->RegisterCollectable(Registry);
}
} // namespace

namespace telemetry {
void Start(const std::string &Address) { Expose(Address); }
void StartLocal() { Expose("127.0.0.1:9100"); }
void StartIfAllowed(int Port) {
  if (Port < 1024)
    return;
  Expose("0.0.0.0:" + std::to_string(Port));
}
} // namespace telemetry
