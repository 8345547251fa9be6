#include <cstdlib>
#include "config.h"
#include "metrics.h"

// The orders service.
//
// Serves the order API on ORDERS_PORT.

int OrdersPort() { return ORDERS_PORT; }

void ServeOrders() {
  if (std::getenv("PROD"))
    StartExposer();
  RunServer();
}
