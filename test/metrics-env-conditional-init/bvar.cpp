// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// brpc: the dummy server behind a flag is an explicit metrics switch (the
// brpc-bvar pack names dummy_port); named bvars register themselves.

#include <brpc/server.h>
#include <bvar/bvar.h>
#include <gflags/gflags.h>

#include <cstdlib>
#include <string>

DEFINE_int32(dummy_port, -1, "Port of the /vars dummy server, -1 for none");
DEFINE_string(deploy_env, "dev", "Deployment environment");

void RunServer();

// Positive (note): a worker served by another framework has /vars only
// when --dummy_port is given.
int DummyServerSwitch() {
  if (FLAGS_dummy_port >= 0)
    brpc::StartDummyServerAt(FLAGS_dummy_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: metrics are exposed only when the explicit metrics switch flag '--dummy_port' selects it: 'brpc::StartDummyServerAt(FLAGS_dummy_port)' runs when 'FLAGS_dummy_port >= 0' is true; when it is false the service reaches 'RunServer()' without exposing them (the flag defaults to -1) [metrics-env-conditional-init]
  RunServer();
  return 0;
}

// Negative: a brpc server serves /vars itself (builtin services), so the
// dummy server is only extra.
int DummyServerBesideBrpcServer() {
  if (FLAGS_dummy_port >= 0)
    brpc::StartDummyServerAt(FLAGS_dummy_port);
  brpc::Server server;
  server.Start(8000, nullptr);
  server.RunUntilAskedToQuit();
  return 0;
}

// Positive (warning): named bvars only outside dev.
void NamedBvarsOutsideDev() {
  if (FLAGS_deploy_env != "dev") {
    static bvar::Adder<int> requests("orders_requests");
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: metrics are registered only in some environments: 'static bvar::Adder<int> requests("orders_requests")' runs when 'FLAGS_deploy_env != "dev"' is true (a decision on flag '--deploy_env'); when it is false the service reaches the end of 'NamedBvarsOutsideDev()' without registering them [metrics-env-conditional-init]
    requests << 1;
  }
}

// Negative: a default-constructed bvar is not exposed, whatever decides it.
void UnnamedBvar() {
  if (FLAGS_deploy_env == "prod") {
    static bvar::Adder<int> scratch;
    scratch << 1;
  }
}
