// Declaration-only stand-in for <absl/flags/declare.h>, shipped with
// metrics-init-check for scans where Abseil is not installed. Follows the
// public flags API of Abseil LTS 2022-06-23 and later, without Abseil's
// versioned inline namespace (the checker's names ignore it). It is put
// last on the include path (-idirafter): the real header always takes
// precedence. Nothing here can be linked.
#ifndef ABSL_FLAGS_DECLARE_H_
#define ABSL_FLAGS_DECLARE_H_

namespace absl {
namespace flags_internal {
template <typename T>
class Flag;
}  // namespace flags_internal

// The type of a flag defined with ABSL_FLAG (the FLAGS_name global).
template <typename T>
using Flag = flags_internal::Flag<T>;
}  // namespace absl

#define ABSL_DECLARE_FLAG(type, name) extern ::absl::Flag<type> FLAGS_##name

#endif  // ABSL_FLAGS_DECLARE_H_
