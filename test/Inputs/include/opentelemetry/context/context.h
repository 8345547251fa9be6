// Test mock of "opentelemetry/context/context.h" (only the type is needed).
#pragma once

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace context
{
class Context
{
public:
  Context() = default;
};
}  // namespace context
OPENTELEMETRY_END_NAMESPACE
