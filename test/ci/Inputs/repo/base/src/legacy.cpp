#include <cstdlib>
#include "metrics.h"

void ServeLegacy() {
  if (std::getenv("LEGACY_PROD"))
    StartExposer();
  RunServer();
}
