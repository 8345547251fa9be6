// opentelemetry-cpp instruments: name, description and unit.
#include "opentelemetry/metrics/meter.h"

#include <string>

namespace metrics_api = opentelemetry::metrics;

void DefineInstruments(metrics_api::Meter *meter, const std::string &name) {
  auto orders = meter->CreateUInt64Counter("orders_created", "Orders created", "1");
  auto latency = meter->CreateDoubleHistogram("checkout_latency", "Checkout latency", "ms");
  auto dynamic = meter->CreateDoubleCounter(name);
  (void)orders;
  (void)latency;
  (void)dynamic;
}
