// Test mock of "opentelemetry/exporters/otlp/otlp_http_metric_exporter_factory.h".
#pragma once

#include <memory>

#include "opentelemetry/exporters/otlp/otlp_http_metric_exporter_options.h"
#include "opentelemetry/sdk/metrics/push_metric_exporter.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace otlp
{
class OtlpHttpMetricExporterFactory
{
public:
  static std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> Create();
  static std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> Create(
      const OtlpHttpMetricExporterOptions &options);
};
}  // namespace otlp
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
