#include <brpc/server.h>

int main() {
  brpc::Server server;
  server.Start(8000, nullptr);
  server.RunUntilAskedToQuit();
  return 0;
}
