// Exposes only where APP_ENV is prod.
#include "metrics.h"

#include <cstdlib>
#include <cstring>

int main() {
  const char *env = std::getenv("APP_ENV");
  if (env && std::strcmp(env, "prod") == 0)
    telemetry::Start();
  Serve(3);
  return 0;
}
