#include "telemetry.h"

#include <cstdlib>
#include <string>

void inhouse::Service::Start(bool Fast) {
  const char *Env = std::getenv("APP_ENV");
  if (Env && std::string(Env) == "prod")
    telemetry::Start("0.0.0.0:9100");
  Server server;
  server.Run();
}
