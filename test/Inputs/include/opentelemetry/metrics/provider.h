// Test mock of "opentelemetry/metrics/provider.h" (global MeterProvider slot).
// The real default is a NoopMeterProvider; the mock starts out empty.
#pragma once

#include "opentelemetry/metrics/meter_provider.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics
{
class Provider
{
public:
  static nostd::shared_ptr<MeterProvider> GetMeterProvider() noexcept { return GetProvider(); }

  static void SetMeterProvider(const nostd::shared_ptr<MeterProvider> &mp) noexcept
  {
    GetProvider() = mp;
  }

private:
  static nostd::shared_ptr<MeterProvider> &GetProvider() noexcept
  {
    static nostd::shared_ptr<MeterProvider> provider;
    return provider;
  }
};
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
