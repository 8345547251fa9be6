// Declaration-only stand-in for
// <opentelemetry/exporters/ostream/metric_exporter_factory.h>, shipped with
// metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
// The real header also has Create(std::ostream&[, AggregationTemporality]).
#pragma once

#include <iosfwd>
#include <memory>

#include <opentelemetry/sdk/metrics/push_metric_exporter.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace metrics
{
class OStreamMetricExporterFactory
{
public:
  static std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> Create();
  static std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> Create(
      std::ostream &sout);
};
}  // namespace metrics
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
