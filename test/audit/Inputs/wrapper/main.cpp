#include "telemetry.h"

#include <sys/socket.h>

int main() {
  svc::InitMetrics();
  listen(3, 16);
  return 0;
}
