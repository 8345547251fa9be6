// Test mock of "opentelemetry/sdk/metrics/meter_context.h".
// The context a provider is built from: readers and views are added to it.
#pragma once

#include <memory>

#include "opentelemetry/sdk/metrics/metric_reader.h"
#include "opentelemetry/version.h"

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
