// A collector that never serves: it exposes its metrics only when started
// with --prometheus, and otherwise runs and returns without them.
#include "metrics.h"

#include <cstring>

int main(int argc, char **argv) {
  if (argc > 1 && std::strcmp(argv[1], "--prometheus") == 0)
    telemetry::Start();
  return 0;
}
