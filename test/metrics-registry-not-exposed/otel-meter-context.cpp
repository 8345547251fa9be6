// RUN: %check_rule %s metrics-registry-not-exposed %t
// RUN: %{check_rule_tidy} %s metrics-registry-not-exposed %t-tidy
//
// opentelemetry-cpp's documented set-up since 1.16: readers go into a
// MeterContext, and MeterProviderFactory::Create(std::move(context)) builds
// the provider from it. The provider then has the context's readers; the
// context itself must get a reader and reach a provider.

#include <opentelemetry/exporters/ostream/metric_exporter_factory.h>
#include <opentelemetry/metrics/provider.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_factory.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_options.h>
#include <opentelemetry/sdk/metrics/meter_context_factory.h>
#include <opentelemetry/sdk/metrics/meter_provider.h>
#include <opentelemetry/sdk/metrics/meter_provider_factory.h>
#include <opentelemetry/sdk/metrics/provider.h>

#include <memory>
#include <utility>

namespace metrics_api = opentelemetry::metrics;
namespace metrics_sdk = opentelemetry::sdk::metrics;
namespace ostream = opentelemetry::exporter::metrics;

// Negative: the reader is added to the context, the provider is built from
// the context and installed (the shape of the upstream examples).
void ContextPipeline() {
  auto exporter = ostream::OStreamMetricExporterFactory::Create();
  metrics_sdk::PeriodicExportingMetricReaderOptions options;
  auto reader = metrics_sdk::PeriodicExportingMetricReaderFactory::Create(std::move(exporter), options);
  auto context = metrics_sdk::MeterContextFactory::Create();
  context->AddMetricReader(std::move(reader));
  auto sdk_provider = metrics_sdk::MeterProviderFactory::Create(std::move(context));
  std::shared_ptr<metrics_api::MeterProvider> provider(std::move(sdk_provider));
  metrics_sdk::Provider::SetMeterProvider(provider);
}

// Positive: a context that gets a reader but never becomes a provider.
void ContextNeverUsed() {
  auto exporter = ostream::OStreamMetricExporterFactory::Create();
  metrics_sdk::PeriodicExportingMetricReaderOptions options;
  auto reader = metrics_sdk::PeriodicExportingMetricReaderFactory::Create(std::move(exporter), options);
  auto context = metrics_sdk::MeterContextFactory::Create();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: metrics are never exported: the meter context 'context' is filled, but nothing passes it to 'opentelemetry::sdk::metrics::MeterProviderFactory::Create' [metrics-registry-not-exposed]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'context->AddMetricReader(std::move(reader))' fills it here
  context->AddMetricReader(std::move(reader));
}

// Positive: the provider is built from a context that no reader was added
// to: it exports nothing.
void ContextWithoutReader() {
  auto context = metrics_sdk::MeterContextFactory::Create();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: metrics are never exported: the meter context 'context' exports nothing: nothing calls 'opentelemetry::sdk::metrics::MeterContext::AddMetricReader' on it [metrics-registry-not-exposed]
  auto sdk_provider = metrics_sdk::MeterProviderFactory::Create(std::move(context));
  std::shared_ptr<metrics_api::MeterProvider> provider(std::move(sdk_provider));
  metrics_sdk::Provider::SetMeterProvider(provider);
}
