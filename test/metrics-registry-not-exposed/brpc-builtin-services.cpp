// RUN: %check_rule %s metrics-registry-not-exposed %t
// RUN: %check_rule -check-suffix=OFF %s metrics-registry-not-exposed %t-off -- -DBUILTIN_SERVICES_OFF
// RUN: %{check_rule_tidy} %s metrics-registry-not-exposed %t-tidy
// (The plugin decides program-wide requirements only with an IndexDir.)
//
// A brpc::Server serves /vars and /brpc_metrics through its builtin
// services; ServerOptions::has_builtin_services = false turns them off, and
// the named bvars are then exposed nowhere.

#include <brpc/server.h>
#include <bvar/bvar.h>

bvar::Adder<int> g_requests("service_requests");
// CHECK-MESSAGES-OFF: :[[@LINE-1]]:1: warning: metrics are never exported: bvars are exposed here, but no brpc::Server (with its builtin services) nor dummy server is ever started, so /vars and /brpc_metrics are never served (nothing in the program calls 'brpc::Server::Start' or 'brpc::StartDummyServerAt' but with 'has_builtin_services' switched off) [metrics-registry-not-exposed]

int main() {
  brpc::Server server;
  brpc::ServerOptions options;
#ifdef BUILTIN_SERVICES_OFF
  // Positive: the only server runs without its builtin services.
  options.has_builtin_services = false;
#endif
  // Negative (without the macro): the server serves /vars.
  if (server.Start(8000, &options) != 0)
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:7: note: 'server.Start(8000, &options)' is made with 'has_builtin_services' switched off
    return 1;
  server.RunUntilAskedToQuit();
  return 0;
}
