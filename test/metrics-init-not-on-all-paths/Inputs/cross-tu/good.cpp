#include "telemetry.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

namespace good {
std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Local;

void ExposeLocally() {
  Registry = std::make_shared<prometheus::Registry>();
  Local = std::make_unique<prometheus::Exposer>("127.0.0.1:9100");
  Local->RegisterCollectable(Registry);
}

// Both branches set up: one here, one through telemetry.cpp's wrapper.
// Analysed on its own, this TU would look like the else branch skips it.
void Serve(bool UseLocal) {
  if (UseLocal)
    ExposeLocally();
  else
    telemetry::Start("0.0.0.0:9100");
  inhouse::Server server;
  server.Run();
}
} // namespace good
