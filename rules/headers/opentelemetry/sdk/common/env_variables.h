// Declaration-only stand-in for <opentelemetry/sdk/common/env_variables.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace common
{
// Each reads one environment variable into `value` and returns whether it
// was set and valid: environment sources for the checker.
bool GetBoolEnvironmentVariable(const char *env_var_name, bool &value);
bool GetDurationEnvironmentVariable(const char *env_var_name,
                                    std::chrono::system_clock::duration &value);
bool GetStringEnvironmentVariable(const char *env_var_name, std::string &value);
bool GetUintEnvironmentVariable(const char *env_var_name, std::uint32_t &value);
}  // namespace common
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
