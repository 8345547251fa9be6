// Skips exposure on a fast restart.
#include "metrics.h"

bool FastRestart();

int main() {
  if (!FastRestart())
    telemetry::Start();
  Serve(3);
  return 0;
}
