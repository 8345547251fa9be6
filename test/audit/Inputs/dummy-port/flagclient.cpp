// brpc's example clients: the dummy server (and so /vars) only when
// --dummy_port is given. The environment rule leaves an opt-in switch in a
// program that does not serve alone; the verdict still says it.
#include <brpc/server.h>
#include <bvar/bvar.h>
#include <gflags/gflags.h>

DEFINE_int32(dummy_port, -1, "Launch dummy server at this port");
bvar::Adder<int> g_sent("client_sent");

int main(int argc, char **argv) {
  google::ParseCommandLineFlags(&argc, &argv, true);
  if (FLAGS_dummy_port >= 0)
    brpc::StartDummyServerAt(FLAGS_dummy_port);
  g_sent << 1;
  return 0;
}
