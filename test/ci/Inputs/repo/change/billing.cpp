#include <cstdlib>
#include "metrics.h"

void ServeReports() {
  if (std::getenv("REPORTS_PROD"))
    StartExposer();
  RunServer();
}

void ServeBilling() {
  if (std::getenv("BILLING_PROD"))
    StartExposer();
  RunServer();
}
