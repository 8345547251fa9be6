// Declaration-only stand-in for
// <opentelemetry/exporters/otlp/otlp_grpc_metric_exporter_factory.h>, shipped
// with metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
#pragma once

#include <memory>

#include <opentelemetry/exporters/otlp/otlp_grpc_metric_exporter_options.h>
#include <opentelemetry/sdk/metrics/push_metric_exporter.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace otlp
{
// A push exporter: exports only once wrapped in a periodic reader.
class OtlpGrpcMetricExporterFactory
{
public:
  static std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> Create();
  static std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> Create(
      const OtlpGrpcMetricExporterOptions &options);
};
}  // namespace otlp
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
