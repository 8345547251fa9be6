// braft's example clients: a global bvar, a brpc channel, no server. The
// channel starts brpc's background thread, which starts the dummy server
// (serving /vars) only when the working directory has dummy_server.port.
#include <brpc/channel.h>
#include <bvar/bvar.h>

bvar::Adder<int> g_requests("client_requests");

int main() {
  brpc::Channel channel;
  if (channel.Init("127.0.0.1:8100", nullptr) != 0)
    return 1;
  g_requests << 1;
  return 0;
}
