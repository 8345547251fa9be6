// Declaration-only stand-in for
// <opentelemetry/exporters/otlp/otlp_http_metric_exporter_options.h>, shipped
// with metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
// Subset of fields (no headers/content-type/temporality/TLS settings).
#pragma once

#include <chrono>
#include <string>

#include <opentelemetry/version.h>

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
