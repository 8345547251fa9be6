// Serves without any metrics.
#include <sys/socket.h>

int main() {
  listen(3, 16);
  return 0;
}
