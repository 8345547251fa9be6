#include <cstdlib>
#include "metrics.h"

// ServeBilling moved here from billing.cpp, reindented.
void ServeBilling()
{
    if (std::getenv("BILLING_PROD"))
        StartExposer();
    RunServer();
}

void ServeLegacy() {
  StartExposer();
  RunServer();
}
