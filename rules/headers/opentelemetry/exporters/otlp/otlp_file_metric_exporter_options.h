// Declaration-only stand-in for
// <opentelemetry/exporters/otlp/otlp_file_metric_exporter_options.h>, shipped
// with metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
#pragma once

#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace otlp
{
// The file or stream backend settings are not declared.
struct OtlpFileMetricExporterOptions
{
  OtlpFileMetricExporterOptions();
  ~OtlpFileMetricExporterOptions();
};
}  // namespace otlp
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
