// Test mock of "opentelemetry/exporters/prometheus/exporter_options.h".
#pragma once

#include <string>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace metrics
{
struct PrometheusExporterOptions
{
  PrometheusExporterOptions();

  std::string url;                  // e.g. "localhost:9464"
  bool populate_target_info = true;
  bool populate_otel_scope  = true;
};
}  // namespace metrics
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
