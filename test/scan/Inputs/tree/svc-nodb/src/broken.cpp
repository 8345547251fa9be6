// Does not parse: clang recovers, the rest of the file is still analysed.
#include "svc/telemetry.h"

int helper( {
  return undeclared_thing +;
}

void later() { svc::StartTelemetry("0.0.0.0:9101"); }
