// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// opentelemetry-cpp: the SDK meter provider installed only in some
// environments leaves the global provider a no-op.

#include <opentelemetry/exporters/prometheus/exporter_factory.h>
#include <opentelemetry/exporters/prometheus/exporter_options.h>
#include <opentelemetry/metrics/provider.h>
#include <opentelemetry/sdk/metrics/meter_provider.h>
#include <opentelemetry/sdk/metrics/meter_provider_factory.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace metrics_api = opentelemetry::metrics;
namespace metrics_sdk = opentelemetry::sdk::metrics;
namespace exporter = opentelemetry::exporter::metrics;

void RunServer();

void InstallMeterProvider() {
  exporter::PrometheusExporterOptions options;
  options.url = "0.0.0.0:9464";
  std::shared_ptr<metrics_sdk::MeterProvider> provider = metrics_sdk::MeterProviderFactory::Create();
  provider->AddMetricReader(exporter::PrometheusExporterFactory::Create(options));
  std::shared_ptr<metrics_api::MeterProvider> api_provider = provider;
  metrics_api::Provider::SetMeterProvider(api_provider);
}

// Positive: canaries only.
int main() {
  const char *track = std::getenv("RELEASE_TRACK");
  if (track != nullptr && std::string(track) == "canary") {
    InstallMeterProvider();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'InstallMeterProvider()' runs when 'track != nullptr && std::string(track) == "canary"' is true (a decision on environment variable 'RELEASE_TRACK'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'InstallMeterProvider()' exposes metrics: 'InstallMeterProvider()' → 'opentelemetry::sdk::metrics::MeterProvider::AddMetricReader' (expose, opentelemetry-cpp)
  }
  RunServer();
  return 0;
}
// CHECK-FIXES: const char *track = std::getenv("RELEASE_TRACK");
// CHECK-FIXES-NEXT: InstallMeterProvider();
// CHECK-FIXES-NEXT: if (track != nullptr && std::string(track) == "canary") {

// Negative: every environment installs a provider, the exporter differs.
void EveryEnvironmentInstalls() {
  const char *track = std::getenv("RELEASE_TRACK");
  if (track != nullptr && std::string(track) == "canary") {
    InstallMeterProvider();
  } else {
    std::shared_ptr<metrics_api::MeterProvider> provider = metrics_sdk::MeterProviderFactory::Create();
    metrics_api::Provider::SetMeterProvider(provider);
  }
  RunServer();
}
