// Declaration-only stand-in for
// <opentelemetry/exporters/prometheus/exporter_factory.h>, shipped with
// metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
// As in the real header, the options struct is only forward-declared here;
// include exporter_options.h to construct it.
#pragma once

#include <memory>

#include <opentelemetry/sdk/metrics/metric_reader.h>
#include <opentelemetry/version.h>

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
