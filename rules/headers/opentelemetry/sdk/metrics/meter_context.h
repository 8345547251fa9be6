// Declaration-only stand-in for <opentelemetry/sdk/metrics/meter_context.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
// The context a provider is built from: readers and views are added to it.
#pragma once

#include <memory>

#include <opentelemetry/sdk/metrics/metric_reader.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace metrics
{
class MeterContext : public std::enable_shared_from_this<MeterContext>
{
public:
  MeterContext() noexcept;
  void AddMetricReader(std::shared_ptr<MetricReader> reader) noexcept;
  bool Shutdown() noexcept;
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
