#include "metrics.h"

void InitRequestCounters();
void InitJobCounters();

int main() {
  prometheus::Exposer exposer{"0.0.0.0:8080"};
  InitRequestCounters();
  InitJobCounters();
  exposer.RegisterCollectable(g_registry);

  // Filled by requests.cpp, exported by expose.cpp.
  auto api = std::make_shared<prometheus::Registry>();
  RegisterRequestMetrics(*api);
  ExposeAll(exposer, api);

  // Filled by requests.cpp; nothing exports it.
  auto admin = std::make_shared<prometheus::Registry>();
  RegisterRequestMetrics(*admin);

  // Handed to a library no TU shows: it may export it.
  auto drained = std::make_shared<prometheus::Registry>();
  RegisterRequestMetrics(*drained);
  Drain(drained);

  Metrics metrics;
  metrics.Export(exposer);
  Cache cache;
  exposer.RegisterCollectable(MakeWorkerRegistry());
  for (;;) {
  }
}
