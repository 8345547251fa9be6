#include <cstdlib>
#include "metrics.h"

void ServeLegacy() {
  StartExposer();
  RunServer();
}
