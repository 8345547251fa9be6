// A shared library nothing uses: --as-needed leaves it out of app.
#include "registry.h"

Registrar SharedCounters("dropped_shared.requests");

int DroppedSharedUnused() { return 2; }
