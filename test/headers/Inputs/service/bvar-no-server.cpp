// A brpc service whose named bvars expose themselves, but that serves on
// its own loop and never starts a brpc::Server nor the dummy server.
#include <boost/asio/io_context.hpp>
#include <bvar/bvar.h>

bvar::Adder<int> g_requests("orders_requests");
bvar::LatencyRecorder g_latency("orders_latency");

int main() {
  boost::asio::io_context io;
  g_requests << 1;
  io.run();
  return 0;
}
