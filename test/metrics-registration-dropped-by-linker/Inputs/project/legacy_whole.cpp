// Linked between -Wl,--whole-archive and -Wl,--no-whole-archive, the way
// older CMake code keeps a whole archive: kept though unreferenced.
#include "registry.h"

static Registrar LegacyCounters("legacy_whole.requests");
