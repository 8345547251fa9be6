// Sets up through the vendored library (app/third_party/libfoo, a
// repository of its own): known only when that repository's summaries are
// used for this one.
#include "foo/metrics.h"

#include <sys/socket.h>

int main(int argc, char **argv) {
  if (argc > 2)
    foo::StartMetrics();
  listen(3, 16);
  return 0;
}
