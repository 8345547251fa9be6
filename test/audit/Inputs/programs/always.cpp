// Exposes on every path, through a function of another TU.
#include "metrics.h"

int main() {
  telemetry::Start();
  Serve(3);
  return 0;
}
