// Test mock of "opentelemetry/exporters/prometheus/exporter_factory.h".
// As in the real header, the options struct is only forward-declared here;
// include exporter_options.h to construct it.
#pragma once

#include <memory>

#include "opentelemetry/sdk/metrics/metric_reader.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace metrics
{
struct PrometheusExporterOptions;

class PrometheusExporterFactory
{
public:
  static std::unique_ptr<sdk::metrics::MetricReader> Create(
      const PrometheusExporterOptions &options);
};
}  // namespace metrics
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
