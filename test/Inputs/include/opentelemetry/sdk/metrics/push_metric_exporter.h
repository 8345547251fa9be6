// Test mock of "opentelemetry/sdk/metrics/push_metric_exporter.h".
#pragma once

#include <chrono>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace metrics
{
struct ResourceMetrics;

class PushMetricExporter
{
public:
  virtual ~PushMetricExporter() = default;

  // Real return type is sdk::common::ExportResult (an enum); bool here.
  virtual bool Export(const ResourceMetrics &data) noexcept = 0;
  virtual bool ForceFlush(
      std::chrono::microseconds timeout = (std::chrono::microseconds::max)()) noexcept = 0;
  virtual bool Shutdown(
      std::chrono::microseconds timeout = std::chrono::microseconds(0)) noexcept = 0;
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
