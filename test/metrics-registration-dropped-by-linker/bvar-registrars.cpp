// Registrars of the built-in packs: brpc's named bvars at namespace scope
// register themselves (self_register). Without a build graph (flags after
// '--', one TU that nothing references) each is reported at note level,
// and notes do not fail the run.
// RUN: %mic %s -- -std=c++17 -I%mock_include > %t.txt 2> %t.err
// RUN: FileCheck %s --input-file=%t.txt --implicit-check-not=note: --implicit-check-not=warning:
// RUN: FileCheck %s --check-prefix=ERR --input-file=%t.err
// ERR: 3 finding(s), 0 at or above warning

#include <bvar/bvar.h>

#include <string>

bvar::Adder<int> g_requests("orders_requests");
// CHECK: bvar-registrars.cpp:[[@LINE-1]]:18: note: 'g_requests' registers metrics ('bvar::Adder' (self_register, brpc-bvar)) but no other TU references a symbol bvar-registrars.cpp defines: in a static library, or a shared library linked --as-needed, the linker leaves it out and the registration never runs (no CMake File API reply to check the build with) [metrics-registration-dropped-by-linker]

namespace orders {
static bvar::Adder<int> s_errors("orders_errors");
// CHECK: bvar-registrars.cpp:[[@LINE-1]]:25: note: 'orders::s_errors' registers metrics

struct Stats {
  static bvar::Adder<int> latency;
};
bvar::Adder<int> Stats::latency("orders_latency");
// CHECK: bvar-registrars.cpp:[[@LINE-1]]:25: note: 'orders::Stats::latency' registers metrics

// Not registrars: an unnamed bvar registers nothing; a function-local
// static runs when the function is called, not at start-up.
bvar::Adder<int> g_unnamed;
int Count() {
  static bvar::Adder<int> local("orders_local");
  return 0;
}
} // namespace orders
