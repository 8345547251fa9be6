// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-init-not-on-all-paths %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-init-not-on-all-paths %t-tidy
//
// Entries whose paths to serving skip the set-up: an early return in the
// helper that sets up, a branch in main, a goto, a switch case; and the
// paths that end before serving, which must stay silent.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace inhouse {
class Server {
public:
  void Run();
};
} // namespace inhouse

struct Config {
  bool fast_start = false;
  bool ok = true;
  bool version = false;
  int mode = 0;
};
Config Load(int argc, char **argv);

std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Exposer;

void InitMetrics() {
  Registry = std::make_shared<prometheus::Registry>();
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Registry);
}

// Positive: the helper returns early on one configuration; main goes on to
// serve either way.
namespace early_return_in_helper {
void SetUp(const Config &c) {
  if (c.fast_start)
    return;
  InitMetrics();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are not exposed on every path from 'early_return_in_helper::main2()' to serving: 'InitMetrics()' is skipped when 'c.fast_start' is true, and the service reaches 'server.Run()' without exposing them [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE+7]]:3: note: 'SetUp(c)' returns without exposing them on this path
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: when 'c.fast_start' is true, metrics are not exposed
  // CHECK-MESSAGES: :[[@LINE+2]]:1: note: returns to its caller without exposing them
  // CHECK-MESSAGES: :[[@LINE+6]]:3: note: the service starts serving here: 'server.Run()'
}
int main2(int argc, char **argv) {
  Config c = Load(argc, argv);
  SetUp(c);
  inhouse::Server server;
  server.Run();
  return 0;
}
} // namespace early_return_in_helper
// CHECK-FIXES: void SetUp(const Config &c) {
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: if (c.fast_start)
// CHECK-FIXES-NEXT: return;
// CHECK-FIXES-NEXT: //

// Negative: main's own early returns end the service before it serves:
// an error, --version, exit(), abort(), a failing helper whose result is
// checked.
bool TrySetUp(const Config &c) {
  if (!c.ok)
    return false;
  InitMetrics();
  return true;
}
int main(int argc, char **argv) {
  Config c = Load(argc, argv);
  if (c.version) {
    std::puts("1.0");
    return 0;
  }
  if (!c.ok)
    return 1;
  if (argc > 5)
    std::exit(2);
  if (argc > 6)
    std::abort();
  if (!TrySetUp(c))
    return 1;
  inhouse::Server server;
  server.Run();
  return 0;
}

// Positive: a branch of the entry itself; the fix moves the set-up before
// it.
namespace branch_in_entry {
void Serve(inhouse::Server &s, const Config &c) {
  if (c.mode != 2) {
    InitMetrics();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are not exposed on every path from 'branch_in_entry::Serve()' to serving: 'InitMetrics()' is skipped when 'c.mode != 2' is false, and the service reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: when 'c.mode != 2' is false, metrics are not exposed
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: the service starts serving here: 's.Run()'
  }
  s.Run();
}
} // namespace branch_in_entry
// CHECK-FIXES: void Serve(inhouse::Server &s, const Config &c) {
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: if (c.mode != 2) {
// CHECK-FIXES-NEXT: //

// Positive: a goto past the set-up.
namespace goto_past {
void Serve(inhouse::Server &s, const Config &c) {
  if (c.fast_start)
    goto serve;
  InitMetrics();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are not exposed on every path from 'goto_past::Serve()' to serving: 'InitMetrics()' is skipped when 'c.fast_start' is true, and the service reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: when 'c.fast_start' is true, metrics are not exposed
  // CHECK-MESSAGES: :[[@LINE+2]]:3: note: the service starts serving here: 's.Run()'
serve:
  s.Run();
}
} // namespace goto_past
// CHECK-FIXES: void Serve(inhouse::Server &s, const Config &c) {
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: if (c.fast_start)
// CHECK-FIXES-NEXT: goto serve;

// Positive: one case of a switch serves without. The cases that set up do
// so in two places: which to move is a choice, so no fix.
namespace switch_case {
void Serve(inhouse::Server &s, const Config &c, bool dry) {
  switch (c.mode) {
  case 0:
    InitMetrics();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are not exposed on every path from 'switch_case::Serve()' to serving: 'InitMetrics()' is skipped for 'case 1', and the service reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
    // CHECK-MESSAGES: :[[@LINE-4]]:11: note: for 'case 1', metrics are not exposed
    // CHECK-MESSAGES: :[[@LINE+10]]:3: note: the service starts serving here: 's.Run()'
    break;
  case 1:
    break;
  default:
    InitMetrics();
    break;
  }
  if (dry)
    return;
  s.Run();
}
} // namespace switch_case

// Positive: two independent decisions skip the set-up: two findings, and
// one fix (moving the set-up before the first decision mends both).
namespace two_skips {
void Serve(inhouse::Server &s, const Config &c) {
  if (c.mode == 1) {
    s.Run();
    return;
  }
  if (c.fast_start) {
    s.Run();
    return;
  }
  InitMetrics();
  // Sorted by message: the second decision's finding comes first.
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: metrics are not exposed on every path from 'two_skips::Serve()' to serving: 'InitMetrics()' is skipped when 'c.fast_start' is true, and the service reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE-7]]:7: note: when 'c.fast_start' is true, metrics are not exposed
  // CHECK-MESSAGES: :[[@LINE-7]]:5: note: the service starts serving here: 's.Run()'
  // CHECK-MESSAGES: :[[@LINE-5]]:3: warning: metrics are not exposed on every path from 'two_skips::Serve()' to serving: 'InitMetrics()' is skipped when 'c.mode == 1' is true, and the service reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE-14]]:7: note: when 'c.mode == 1' is true, metrics are not exposed
  // CHECK-MESSAGES: :[[@LINE-14]]:5: note: the service starts serving here: 's.Run()'
  s.Run();
}
} // namespace two_skips
// CHECK-FIXES: void Serve(inhouse::Server &s, const Config &c) {
// CHECK-FIXES-NEXT: InitMetrics();
// CHECK-FIXES-NEXT: if (c.mode == 1) {

// Positive, from a user trial: the set-up reads another member of the
// tested options (safe to move), and the `if` guarded only the set-up, so
// the fix replaces it with the set-up itself.
namespace guarded_only {
struct Options {
  bool warm_standby = false;
  int port = 9100;
};
void InitMetricsOn(int port) { InitMetrics(); }
void Serve(inhouse::Server &s, const Options &o) {
  if (!o.warm_standby)
    InitMetricsOn(o.port);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are not exposed on every path from 'guarded_only::Serve()' to serving: 'InitMetricsOn(o.port)' is skipped when 'o.warm_standby' is true, and the service reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: when 'o.warm_standby' is true, metrics are not exposed
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: the service starts serving here: 's.Run()'
  s.Run();
}
} // namespace guarded_only
// CHECK-FIXES: void Serve(inhouse::Server &s, const Options &o) {
// CHECK-FIXES-NEXT: InitMetricsOn(o.port);
// CHECK-FIXES-NEXT: //

// Negative: set up on every path, through a constructor, an immediately
// invoked lambda, a loop over sinks, a retry loop.
struct MetricsService {
  MetricsService() { InitMetrics(); }
};
namespace every_path {
void ThroughConstructor(inhouse::Server &s) {
  MetricsService metrics;
  s.Run();
}
void ThroughLambda(inhouse::Server &s, const Config &c) {
  [&] { InitMetrics(); }();
  if (c.fast_start)
    s.Run();
  else
    s.Run();
}
void LoopOverSinks(inhouse::Server &s, int sinks) {
  for (int i = 0; i < sinks; ++i)
    InitMetrics();
  s.Run();
}
bool Ready();
void RetryLoop(inhouse::Server &s) {
  do {
    InitMetrics();
  } while (!Ready());
  s.Run();
}
} // namespace every_path

// Negative: a guard on the object, not a decision about metrics.
namespace guard {
void Serve(inhouse::Server &s) {
  if (!Exposer)
    InitMetrics();
  s.Run();
}
} // namespace guard
