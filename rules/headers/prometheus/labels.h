// Declaration-only stand-in for <prometheus/labels.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <map>
#include <string>

namespace prometheus {

// Label name -> label value.
using Labels = std::map<std::string, std::string>;

}  // namespace prometheus
