// Test mock of "opentelemetry/sdk/metrics/provider.h" (SDK-side setter).
#pragma once

#include "opentelemetry/metrics/meter_provider.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace metrics
{
class Provider
{
public:
  static void SetMeterProvider(
      const nostd::shared_ptr<opentelemetry::metrics::MeterProvider> &mp) noexcept;
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
