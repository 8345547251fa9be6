// Skips the shared library's set-up when started with an argument.
#include "lib/telemetry.h"

#include <sys/socket.h>

int main(int argc, char **argv) {
  if (argc < 2)
    app::Telemetry();
  listen(3, 16);
  return 0;
}
