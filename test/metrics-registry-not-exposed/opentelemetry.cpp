// RUN: %check_rule %s metrics-registry-not-exposed %t
// RUN: %{check_rule_tidy} %s metrics-registry-not-exposed %t-tidy
//
// opentelemetry-cpp: a provider never installed nor used, a provider with
// no reader, a push exporter never wrapped in a reader, a reader never
// added to a provider.

#include <opentelemetry/exporters/otlp/otlp_http_metric_exporter_factory.h>
#include <opentelemetry/exporters/prometheus/exporter_factory.h>
#include <opentelemetry/exporters/prometheus/exporter_options.h>
#include <opentelemetry/metrics/provider.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_factory.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_options.h>
#include <opentelemetry/sdk/metrics/meter_provider.h>
#include <opentelemetry/sdk/metrics/meter_provider_factory.h>

#include <memory>

namespace metrics_api = opentelemetry::metrics;
namespace metrics_sdk = opentelemetry::sdk::metrics;
namespace exporter = opentelemetry::exporter::metrics;
namespace otlp = opentelemetry::exporter::otlp;

// Positive: built, given a reader, and then neither installed nor used:
// the global provider stays a no-op.
void NeverInstalled() {
  exporter::PrometheusExporterOptions options;
  std::shared_ptr<metrics_sdk::MeterProvider> provider = metrics_sdk::MeterProviderFactory::Create();
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: metrics are never exported: the meter provider 'provider' is filled, but nothing passes it to 'opentelemetry::metrics::Provider::SetMeterProvider' or 'opentelemetry::sdk::metrics::Provider::SetMeterProvider', nor calls 'opentelemetry::sdk::metrics::MeterProvider::GetMeter' on it [metrics-registry-not-exposed]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'provider->AddMetricReader(exporter::PrometheusE...' fills it here
  provider->AddMetricReader(exporter::PrometheusExporterFactory::Create(options));
}

// Positive: installed, but with no reader it exports nothing.
void NoReader() {
  std::shared_ptr<metrics_api::MeterProvider> installed = metrics_sdk::MeterProviderFactory::Create();
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: metrics are never exported: the meter provider 'installed' exports nothing: nothing calls 'opentelemetry::sdk::metrics::MeterProvider::AddMetricReader' on it [metrics-registry-not-exposed]
  metrics_api::Provider::SetMeterProvider(installed);
}

// Positive: an OTLP push exporter that no periodic reader drives, and a
// reader that is never added to a provider.
void PushExporterAlone() {
  auto otlp_exporter = otlp::OtlpHttpMetricExporterFactory::Create();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metrics are never exported: the push exporter 'otlp_exporter' is created, but nothing passes it to 'opentelemetry::sdk::metrics::PeriodicExportingMetricReaderFactory::Create' [metrics-registry-not-exposed]
  exporter::PrometheusExporterOptions options;
  auto reader = exporter::PrometheusExporterFactory::Create(options);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: metrics are never exported: the metric reader 'reader' is created, but nothing passes it to 'opentelemetry::sdk::metrics::MeterProvider::AddMetricReader' or 'opentelemetry::sdk::metrics::MeterContext::AddMetricReader' [metrics-registry-not-exposed]
}

// Negative: the whole pipeline: exporter -> periodic reader -> provider ->
// global provider.
void Pipeline() {
  auto push = otlp::OtlpHttpMetricExporterFactory::Create();
  metrics_sdk::PeriodicExportingMetricReaderOptions reader_options;
  auto periodic = metrics_sdk::PeriodicExportingMetricReaderFactory::Create(std::move(push), reader_options);
  auto sdk_provider = metrics_sdk::MeterProviderFactory::Create();
  sdk_provider->AddMetricReader(std::move(periodic));
  std::shared_ptr<metrics_api::MeterProvider> api_provider(std::move(sdk_provider));
  metrics_api::Provider::SetMeterProvider(api_provider);
}

// Negative: a provider used directly for meters, without the global one;
// a provider handed back to the caller.
void UsedDirectly() {
  exporter::PrometheusExporterOptions options;
  auto direct = metrics_sdk::MeterProviderFactory::Create();
  direct->AddMetricReader(exporter::PrometheusExporterFactory::Create(options));
  auto meter = direct->GetMeter("orders");
}
std::unique_ptr<metrics_sdk::MeterProvider> MakeProvider() {
  auto made = metrics_sdk::MeterProviderFactory::Create();
  return made;
}
