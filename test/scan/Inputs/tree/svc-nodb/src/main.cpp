// No compile database: flags are synthesised (-I include for
// "svc/telemetry.h", -std=c++17 from cxx_std_17). The set-up is in another
// file and is skipped when --quiet is given.
#include "svc/telemetry.h"

#include <cstring>
#include <sys/socket.h>

int main(int argc, char **argv) {
  bool Quiet = argc > 1 && std::strcmp(argv[1], "--quiet") == 0;
  if (!Quiet)
    svc::StartTelemetry("0.0.0.0:9100");
  listen(3, 16);
  return 0;
}
