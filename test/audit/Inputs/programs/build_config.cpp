// Exposes only in builds with WITH_METRICS defined (this one has not).
#include "metrics.h"

int main() {
#ifdef WITH_METRICS
  telemetry::Start();
#endif
  Serve(3);
  return 0;
}
