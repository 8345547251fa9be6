// Test mock of "opentelemetry/exporters/ostream/metric_exporter_factory.h".
// The real header also has Create(std::ostream&[, AggregationTemporality]).
#pragma once

#include <iosfwd>
#include <memory>

#include "opentelemetry/sdk/metrics/push_metric_exporter.h"
#include "opentelemetry/version.h"

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
