// The same service, with brpc's dummy server serving /vars.
#include <boost/asio/io_context.hpp>
#include <brpc/server.h>
#include <bvar/bvar.h>

bvar::Adder<int> g_requests("orders_requests");
bvar::LatencyRecorder g_latency("orders_latency");

int main() {
  boost::asio::io_context io;
  brpc::StartDummyServerAt(8888);
  g_requests << 1;
  io.run();
  return 0;
}
