#include <cstdlib>
#include "metrics.h"

void ServeReports() {
  if (std::getenv("REPORTS_PROD"))
    StartExposer();
  RunServer();
}
