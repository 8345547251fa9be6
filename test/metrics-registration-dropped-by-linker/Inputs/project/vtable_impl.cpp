// Pulled in by the vtable main() needs to construct a Plugin, though
// nothing calls a function of this file.
#include "registry.h"
#include "used_static.h"

static Registrar VtableCounters("vtable_impl.requests");

int Plugin::Run() { return 5; }
