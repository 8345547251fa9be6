// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-init-not-on-all-paths %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-init-not-on-all-paths %t-tidy
//
// Set-up placed where it can only run once the service serves: after a
// serve call that blocks until shutdown, after a call that never returns.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <memory>

namespace inhouse {
class Server {
public:
  void Run();
};
} // namespace inhouse
void RunServer();
[[noreturn]] void EventLoop();
[[noreturn]] void Fatal(const char *Why);

std::unique_ptr<prometheus::Exposer> Exposer;
// As real services do: the Exposer serves what is registered with it.
std::shared_ptr<prometheus::Registry> Metrics = std::make_shared<prometheus::Registry>();
void InitMetrics() {
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Metrics);
}

// Positive: the set-up sits after the blocking serve call.
int main() {
  inhouse::Server server;
  server.Run();
  InitMetrics();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are exposed only after the service starts serving: 'InitMetrics()' runs after 'server.Run()', so the service serves without exposing them until that call returns [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the service starts serving here
  return 0;
}
// CHECK-FIXES: inhouse::Server server;
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: server.Run();
// CHECK-FIXES-NEXT: //

// Positive: after a call that never returns; the CFG has no path there.
namespace noreturn_loop {
void Serve() {
  EventLoop();
  InitMetrics();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are never exposed: 'InitMetrics()' comes after 'EventLoop()', which does not return [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'EventLoop()' does not return ({{\[\[}}noreturn]])
}
} // namespace noreturn_loop
// CHECK-FIXES: void Serve() {
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: EventLoop();

// Positive: in a helper, the serving call comes first.
namespace in_helper {
void StartAll() {
  RunServer();
  if (Exposer == nullptr)
    InitMetrics();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only after the service starts serving: 'InitMetrics()' runs after 'RunServer()', so the service serves without exposing them until that call returns [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: the service starts serving here
}
} // namespace in_helper

// Negative: set-up before serving; set-up both before and after (a
// reload after the server stops is not late).
namespace in_order {
void Serve(inhouse::Server &s) {
  InitMetrics();
  s.Run();
}
void Reload(inhouse::Server &s) {
  InitMetrics();
  s.Run();
  InitMetrics();
}
} // namespace in_order

// Negative: what follows exit(), abort() or an error-reporting [[noreturn]]
// function in an error branch is not late set-up.
namespace dead_code {
void Serve(inhouse::Server &s, bool ok) {
  if (!ok) {
    std::exit(1);
  }
  InitMetrics();
  s.Run();
}
void Check(bool ok) {
  if (!ok)
    Fatal("bad config");
  InitMetrics();
}
} // namespace dead_code
