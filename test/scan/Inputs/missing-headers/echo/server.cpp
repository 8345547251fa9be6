// brpc's echo example, as a scan sees it without brpc installed: the
// stand-ins declare brpc::Server, but butil/endpoint.h is not there, so
// 'point' has an error and clang leaves 'server.Start(point, &options)'
// unresolved among Start's overloads. It is still brpc::Server::Start: the
// program serves its bvars on /vars.
#include <brpc/server.h>
#include <butil/endpoint.h>
#include <bvar/bvar.h>

bvar::Adder<int> g_echoes("echo_requests");

int main() {
  brpc::Server server;
  brpc::ServerOptions options;
  butil::EndPoint point;
  if (server.Start(point, &options) != 0)
    return 1;
  server.RunUntilAskedToQuit();
  return 0;
}
