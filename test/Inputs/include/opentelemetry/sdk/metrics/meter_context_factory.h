// Test mock of "opentelemetry/sdk/metrics/meter_context_factory.h".
#pragma once

#include <memory>

#include "opentelemetry/sdk/metrics/meter_context.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace metrics
{
class MeterContextFactory
{
public:
  static std::unique_ptr<MeterContext> Create();
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
