// Test mock of "opentelemetry/common/attribute_value.h".
// The real AttributeValue is a nostd::variant over scalar/string/span types;
// this stand-in only needs to be implicitly constructible from the scalars.
#pragma once

#include <cstdint>

#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"

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
