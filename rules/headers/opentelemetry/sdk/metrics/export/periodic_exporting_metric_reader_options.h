// Declaration-only stand-in for
// <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_options.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
#pragma once

#include <chrono>

#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace metrics
{
constexpr std::chrono::milliseconds kExportIntervalMillis = std::chrono::milliseconds(60000);
constexpr std::chrono::milliseconds kExportTimeOutMillis  = std::chrono::milliseconds(30000);

struct PeriodicExportingMetricReaderOptions
{
  std::chrono::milliseconds export_interval_millis = kExportIntervalMillis;
  std::chrono::milliseconds export_timeout_millis  = kExportTimeOutMillis;
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
