#include "telemetry.h"

#include <cstdio>

struct Options {
  bool help = false;
  bool quiet = false;
  std::string address = "0.0.0.0:9100";
};
Options Parse(int argc, char **argv);

int main(int argc, char **argv) {
  Options o = Parse(argc, argv);
  if (o.help) {
    std::puts("usage: orders [--quiet]");
    return 0;
  }
  if (!o.quiet)
    telemetry::Start(o.address);
  inhouse::Server server;
  server.Run();
  return 0;
}
