#include "exporter.h"
#include "server.h"

int main() {
  Server server;
#ifndef NDEBUG
  prometheus_exporter::instance()->start();
#endif
  server.Run();
}
