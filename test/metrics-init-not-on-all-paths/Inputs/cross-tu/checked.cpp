#include "telemetry.h"

namespace checked {
// The skip is inside telemetry.cpp: this file can only name the call.
void Serve(int Port) {
  telemetry::StartIfAllowed(Port);
  inhouse::Server server;
  server.Run();
}
} // namespace checked
