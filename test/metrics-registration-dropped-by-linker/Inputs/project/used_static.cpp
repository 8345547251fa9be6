// Linked: main() calls UsedStaticHelper(), so this member is pulled in.
#include "registry.h"
#include "used_static.h"

static Registrar UsedCounters("used_static.requests");

int UsedStaticHelper() { return 42; }
