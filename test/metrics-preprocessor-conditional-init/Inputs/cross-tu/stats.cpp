#include "exporter.h"
#include "server.h"

// The same shape around a method that sets up nothing: no finding.
int main() {
  Server server;
#ifndef NDEBUG
  prometheus_exporter::instance()->stats();
#endif
  server.Run();
}
