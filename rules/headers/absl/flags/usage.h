// Declaration-only stand-in for <absl/flags/usage.h>, shipped with
// metrics-init-check for scans where Abseil is not installed. Follows the
// public flags API of Abseil LTS 2022-06-23 and later, without Abseil's
// versioned inline namespace (the checker's names ignore it). It is put
// last on the include path (-idirafter): the real header always takes
// precedence. Nothing here can be linked.
#ifndef ABSL_FLAGS_USAGE_H_
#define ABSL_FLAGS_USAGE_H_

#include <absl/strings/string_view.h>

namespace absl {

void SetProgramUsageMessage(absl::string_view new_usage_message);
const char* ProgramUsageMessage();

}  // namespace absl

#endif  // ABSL_FLAGS_USAGE_H_
