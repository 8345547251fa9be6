// Test mock of "opentelemetry/exporters/otlp/otlp_http_metric_exporter_options.h".
// Subset of fields (no headers/content-type/temporality/TLS settings).
#pragma once

#include <chrono>
#include <string>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace otlp
{
struct OtlpHttpMetricExporterOptions
{
  OtlpHttpMetricExporterOptions();
  ~OtlpHttpMetricExporterOptions();

  std::string url;
  bool console_debug = false;
  std::chrono::system_clock::duration timeout;
  bool ssl_insecure_skip_verify = false;
  std::string compression;
};
}  // namespace otlp
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
