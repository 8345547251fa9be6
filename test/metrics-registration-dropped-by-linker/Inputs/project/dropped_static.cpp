// Dropped: nothing references a symbol defined here.
#include "registry.h"

static Registrar DroppedCounters("dropped_static.requests");

struct DroppedStats {
  static Registrar Latency;
};
Registrar DroppedStats::Latency("dropped_static.latency");

int DroppedStaticUnused() { return 1; }
