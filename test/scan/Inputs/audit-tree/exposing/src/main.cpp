// Exposes on every path, through the set-up of the library vendored into
// it (a repository of its own, of the same group).
#include <sys/socket.h>

namespace libmetrics {
void Start();
}

int main() {
  libmetrics::Start();
  listen(3, 16);
  return 0;
}
