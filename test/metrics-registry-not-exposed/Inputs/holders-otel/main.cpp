#include "pipeline.h"

#include <opentelemetry/metrics/provider.h>
#include <opentelemetry/sdk/metrics/meter_provider.h>
#include <opentelemetry/sdk/metrics/meter_provider_factory.h>

namespace metrics_api = opentelemetry::metrics;
namespace metrics_sdk = opentelemetry::sdk::metrics;

int main() {
  InitExporter();
  auto provider = metrics_sdk::MeterProviderFactory::Create();
  provider->AddMetricReader(MakeReader());
  std::shared_ptr<metrics_api::MeterProvider> installed(std::move(provider));
  metrics_api::Provider::SetMeterProvider(installed);
  for (;;) {
  }
}
