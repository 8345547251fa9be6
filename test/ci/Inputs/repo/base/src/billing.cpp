#include <cstdlib>
#include "metrics.h"

void ServeBilling() {
  if (std::getenv("BILLING_PROD"))
    StartExposer();
  RunServer();
}
