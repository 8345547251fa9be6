// Test mock of "opentelemetry/sdk/metrics/metric_reader.h".
#pragma once

#include <chrono>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace metrics
{
class MetricReader
{
public:
  MetricReader();
  virtual ~MetricReader() = default;

  bool Shutdown(std::chrono::microseconds timeout = (std::chrono::microseconds::max)()) noexcept;
  bool ForceFlush(std::chrono::microseconds timeout = (std::chrono::microseconds::max)()) noexcept;
  bool IsShutdown() const noexcept;

private:
  virtual bool OnForceFlush(std::chrono::microseconds timeout) noexcept = 0;
  virtual bool OnShutDown(std::chrono::microseconds timeout) noexcept   = 0;
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
