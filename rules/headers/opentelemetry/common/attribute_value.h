// Declaration-only stand-in for <opentelemetry/common/attribute_value.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
// The real AttributeValue is a nostd::variant over scalar/string/span types;
// this stand-in only needs to be implicitly constructible from the scalars.
#pragma once

#include <cstdint>

#include <opentelemetry/nostd/string_view.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
class AttributeValue
{
public:
  AttributeValue(bool) noexcept {}
  AttributeValue(int32_t) noexcept {}
  AttributeValue(int64_t) noexcept {}
  AttributeValue(uint32_t) noexcept {}
  AttributeValue(uint64_t) noexcept {}
  AttributeValue(double) noexcept {}
  AttributeValue(const char *) noexcept {}
  AttributeValue(nostd::string_view) noexcept {}
};
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
