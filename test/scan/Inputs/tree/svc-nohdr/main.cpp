// brpc is neither in the tree nor installed: only the bundled
// declaration-only headers (--stub-headers) resolve <brpc/server.h>.
#include <brpc/server.h>

#include <cstdlib>
#include <string>
#include <sys/socket.h>

int main() {
  const char *Env = std::getenv("DEPLOY_ENV");
  if (Env && std::string(Env) == "production")
    brpc::StartDummyServerAt(8888);
  listen(3, 16);
  return 0;
}
