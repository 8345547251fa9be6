#include <cstdlib>
#include "config.h"
#include "metrics.h"

int OrdersPort() { return ORDERS_PORT; }

void ServeOrders() {
  if (std::getenv("PROD"))
    StartExposer();
  RunServer();
}
