// An explicit metrics feature switch: a note, whatever the configuration;
// the level is an option.
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t-on -- -DENABLE_METRICS
// RUN: %check_rule -check-suffix=OFF --option metrics-preprocessor-conditional-init.FeatureMacroLevel=none %s metrics-preprocessor-conditional-init %t-off
// RUN: %{check_rule_tidy} %s metrics-preprocessor-conditional-init %t-tidy -- -DENABLE_METRICS

#include <opentelemetry/exporters/prometheus/exporter_factory.h>
#include <opentelemetry/exporters/prometheus/exporter_options.h>
#include <opentelemetry/metrics/provider.h>
#include <opentelemetry/sdk/metrics/meter_provider.h>
#include <opentelemetry/sdk/metrics/meter_provider_factory.h>

#include <memory>

namespace metrics_sdk = opentelemetry::sdk::metrics;

void InstallProvider() {
  std::shared_ptr<opentelemetry::metrics::MeterProvider> provider = metrics_sdk::MeterProviderFactory::Create();
#ifdef ENABLE_METRICS
  opentelemetry::metrics::Provider::SetMeterProvider(provider);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: note: metrics are exposed only in some build configurations: 'SetMeterProvider(provider)' is compiled only under '#ifdef ENABLE_METRICS', and builds where it does not hold have nothing in its place (no '#else') (an explicit metrics feature switch: often deliberate) [metrics-preprocessor-conditional-init]
#endif
}
