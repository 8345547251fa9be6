// Declaration-only stand-in for <absl/flags/parse.h>, shipped with
// metrics-init-check for scans where Abseil is not installed. Follows the
// public flags API of Abseil LTS 2022-06-23 and later, without Abseil's
// versioned inline namespace (the checker's names ignore it). It is put
// last on the include path (-idirafter): the real header always takes
// precedence. Nothing here can be linked.
#ifndef ABSL_FLAGS_PARSE_H_
#define ABSL_FLAGS_PARSE_H_

#include <vector>

namespace absl {

// Parses argv into the registered flags; returns the positional arguments
// (argv[0] first).
std::vector<char*> ParseCommandLine(int argc, char* argv[]);

}  // namespace absl

#endif  // ABSL_FLAGS_PARSE_H_
