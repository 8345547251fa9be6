// Test mock of
// "opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_options.h".
#pragma once

#include <chrono>

#include "opentelemetry/version.h"

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
