// Declaration-only stand-in for <opentelemetry/sdk/metrics/metric_reader.h>,
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
