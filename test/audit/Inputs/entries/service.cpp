// A pack entry that main calls: part of main's program, not one of its own.
#include "metrics.h"

void app::Service::Run() {
  telemetry::Start();
  Serve(3);
}
