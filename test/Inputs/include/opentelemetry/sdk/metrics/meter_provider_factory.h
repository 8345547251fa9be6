// Test mock of "opentelemetry/sdk/metrics/meter_provider_factory.h".
// Only the no-argument Create() overload is modelled.
#pragma once

#include <memory>

#include "opentelemetry/metrics/meter_provider.h"
#include "opentelemetry/sdk/metrics/meter_provider.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace metrics
{
class MeterProviderFactory
{
public:
  static std::unique_ptr<opentelemetry::sdk::metrics::MeterProvider> Create();
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
