// Test mock of "opentelemetry/sdk/metrics/meter_provider_factory.h".
// Modelled: Create() and Create(context), the provider built from a
// meter context that holds the readers.
#pragma once

#include <memory>

#include "opentelemetry/metrics/meter_provider.h"
#include "opentelemetry/sdk/metrics/meter_context.h"
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
  static std::unique_ptr<opentelemetry::sdk::metrics::MeterProvider> Create(
      std::unique_ptr<MeterContext> context);
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
