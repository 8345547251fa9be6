// Declaration-only stand-in for <opentelemetry/common/key_value_iterable.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
#pragma once

#include <cstddef>

#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
class KeyValueIterable
{
public:
  virtual ~KeyValueIterable() = default;
  virtual std::size_t size() const noexcept = 0;
};
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
