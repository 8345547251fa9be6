// An opentelemetry-cpp service whose instruments come from the global
// meter provider, and that builds a provider with a reader and
// installs it globally.
#include <opentelemetry/exporters/otlp/otlp_http_metric_exporter_factory.h>
#include <opentelemetry/metrics/provider.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_factory.h>
#include <opentelemetry/sdk/metrics/meter_provider.h>
#include <opentelemetry/sdk/metrics/meter_provider_factory.h>
#include <opentelemetry/sdk/metrics/provider.h>
#include <httplib.h>

#include <memory>
#include <utility>

namespace metrics_api = opentelemetry::metrics;
namespace metrics_sdk = opentelemetry::sdk::metrics;

void InitMetrics() {
  auto exporter = opentelemetry::exporter::otlp::OtlpHttpMetricExporterFactory::Create();
  metrics_sdk::PeriodicExportingMetricReaderOptions options;
  auto reader = metrics_sdk::PeriodicExportingMetricReaderFactory::Create(std::move(exporter), options);
  auto provider = metrics_sdk::MeterProviderFactory::Create();
  provider->AddMetricReader(std::move(reader));
  std::shared_ptr<metrics_api::MeterProvider> shared(std::move(provider));
  metrics_sdk::Provider::SetMeterProvider(shared);
}

int main() {
  InitMetrics();
  auto meter = metrics_api::Provider::GetMeterProvider()->GetMeter("orders");
  auto requests = meter->CreateUInt64Counter("requests");
  httplib::Server web;
  web.Get("/", [&](const httplib::Request&, httplib::Response&) { requests->Add(1); });
  web.listen("0.0.0.0", 8080);
  return 0;
}
