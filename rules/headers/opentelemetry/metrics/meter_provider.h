// Declaration-only stand-in for <opentelemetry/metrics/meter_provider.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
#pragma once

#include <opentelemetry/common/key_value_iterable.h>
#include <opentelemetry/metrics/meter.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/nostd/string_view.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics
{
class MeterProvider
{
public:
  virtual ~MeterProvider() = default;

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  virtual nostd::shared_ptr<Meter> GetMeter(
      nostd::string_view name,
      nostd::string_view version                 = "",
      nostd::string_view schema_url              = "",
      const common::KeyValueIterable *attributes = nullptr) noexcept = 0;

  virtual void RemoveMeter(nostd::string_view name,
                           nostd::string_view version    = "",
                           nostd::string_view schema_url = "") noexcept = 0;
#else
  virtual nostd::shared_ptr<Meter> GetMeter(nostd::string_view name,
                                            nostd::string_view version    = "",
                                            nostd::string_view schema_url = "") noexcept = 0;
#endif
};
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
