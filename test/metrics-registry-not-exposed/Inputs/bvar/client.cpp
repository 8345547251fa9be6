// An RPC client: counts into the bvars and starts no server, but its
// channel starts brpc's background thread, which serves /vars from a dummy
// server when the working directory has a dummy_server.port file.
#include <brpc/channel.h>
#include <bvar/bvar.h>

extern bvar::Adder<int> g_orders;

int main() {
  brpc::Channel channel;
  if (channel.Init("127.0.0.1:8000", nullptr) != 0)
    return 1;
  g_orders << 1;
  return 0;
}
