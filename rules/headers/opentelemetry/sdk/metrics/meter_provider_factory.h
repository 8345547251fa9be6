// Declaration-only stand-in for
// <opentelemetry/sdk/metrics/meter_provider_factory.h>, shipped with
// metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
// Create(context) builds the provider from a meter context that holds the
// readers.
#pragma once

#include <memory>

#include <opentelemetry/metrics/meter_provider.h>
#include <opentelemetry/sdk/metrics/meter_context.h>
#include <opentelemetry/sdk/metrics/meter_provider.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace resource
{
class Resource;
}  // namespace resource
namespace metrics
{
// Views and resources are not declared by these stand-ins.
class ViewRegistry;
class MeterProviderFactory
{
public:
  static std::unique_ptr<opentelemetry::sdk::metrics::MeterProvider> Create();
  static std::unique_ptr<opentelemetry::sdk::metrics::MeterProvider> Create(
      std::unique_ptr<ViewRegistry> views);
  static std::unique_ptr<opentelemetry::sdk::metrics::MeterProvider> Create(
      std::unique_ptr<ViewRegistry> views,
      const opentelemetry::sdk::resource::Resource &resource);
  static std::unique_ptr<opentelemetry::sdk::metrics::MeterProvider> Create(
      std::unique_ptr<MeterContext> context);
};
}  // namespace metrics
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
