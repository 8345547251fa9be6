// The function graphs the path rule and the whole-program summaries work
// on (FunctionGraph.h), dumped as clang's analyses dump theirs: one block
// per CFG block with its metrics events (set-up and its stage, serving,
// calls, ends, the handlers a set-up may throw into), the branch kind
// (guard, environment) and the successors (the loop's exit edge marked).
// RUN: not %mic --dump=function-graphs --rules %S/Inputs/inhouse.json --checks=-*,metrics-init-not-on-all-paths %s -- -std=c++17 -I%mock_include 2> %t.err
// RUN: FileCheck %s --input-file=%t.err

#include <prometheus/exposer.h>

#include <cstdlib>
#include <memory>

namespace inhouse {
class Server {
public:
  void Run();
};
void InitStats();
} // namespace inhouse

bool FastStart();
std::unique_ptr<prometheus::Exposer> Exposer;

void SetUp() {
  if (FastStart())
    return;
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
}

void Stats(int n) {
  for (int i = 0; i < n; ++i)
    inhouse::InitStats();
}

int main() {
  if (std::getenv("METRICS"))
    SetUp();
  if (!Exposer)
    std::exit(1);
  try {
    Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9101");
  } catch (...) {
  }
  Stats(3);
  inhouse::Server server;
  server.Run();
  return 0;
}

// Each TU's graphs are dumped when it is analysed on its own.
// CHECK-LABEL: --- function-graphs of {{.*}}dump-function-graphs.cpp, on its own

// An early return: the entry, the decision on FastStart(), the two ways to
// the exit, one of them through the set-up. Nothing is registered with the
// Exposer in this file, so constructing it is the creation stage (the
// endpoint); exposure is RegisterCollectable.
// CHECK-LABEL: function 'SetUp()' exported at {{.*}}dump-function-graphs.cpp:25
// CHECK-NEXT:    usr c:@F@SetUp#
// CHECK-NEXT:    B0 (exit)
// CHECK-NEXT:    B1
// CHECK-NEXT:      set-up create 'std::make_unique'
// CHECK-NEXT:      succs B0
// CHECK-NEXT:    B2
// CHECK-NEXT:      succs B0
// CHECK-NEXT:    B3
// CHECK-NEXT:      call 'FastStart'
// CHECK-NEXT:      succs B2 B1
// CHECK-NEXT:    B4 (entry)
// CHECK-NEXT:      succs B3

// A loop that registers: the head's edge out of the loop is marked.
// CHECK-LABEL: function 'Stats()' exported at {{.*}}dump-function-graphs.cpp:31
// CHECK-NEXT:    usr c:@F@Stats#I#
// CHECK-NEXT:    B0 (exit)
// CHECK-NEXT:    B1
// CHECK-NEXT:      succs B3
// CHECK-NEXT:    B2
// CHECK-NEXT:      set-up register 'inhouse::InitStats'
// CHECK-NEXT:      succs B1
// CHECK-NEXT:    B3
// CHECK-NEXT:      succs B2 B0 (loop exit)
// CHECK-NEXT:    B4
// CHECK-NEXT:      succs B3
// CHECK-NEXT:    B5 (entry)
// CHECK-NEXT:      succs B4

// main, from the entry (B9) up: a decision on the environment (getenv),
// the call of SetUp(), a guard on the Exposer whose one side ends the
// service with exit(), a set-up that may throw into the handler (B3), then
// the calls and the serve point.
// CHECK-LABEL: function 'main()' exported at {{.*}}dump-function-graphs.cpp:36
// CHECK-NEXT:    usr c:@F@main#
// CHECK-NEXT:    B0 (exit)
// CHECK-NEXT:    B1
// CHECK-NEXT:      call 'Stats'
// CHECK-NEXT:      call 'inhouse::Server::Server'
// CHECK-NEXT:      serve 'inhouse::Server::Run'
// CHECK-NEXT:      succs B0
// CHECK-NEXT:    B2
// CHECK-NEXT:      succs B3
// CHECK-NEXT:    B3
// CHECK-NEXT:      succs B1
// CHECK-NEXT:    B4
// CHECK-NEXT:      set-up create 'std::make_unique', throws to B3
// CHECK-NEXT:      succs B1
// CHECK-NEXT:    B5
// CHECK-NEXT:      end 'exit'
// CHECK-NEXT:      succs B0
// CHECK-NEXT:    B6
// CHECK-NEXT:      branch guard
// CHECK-NEXT:      succs B5 B4
// CHECK-NEXT:    B7
// CHECK-NEXT:      call 'SetUp'
// CHECK-NEXT:      succs B6
// CHECK-NEXT:    B8
// CHECK-NEXT:      branch environment
// CHECK-NEXT:      succs B7 B6
// CHECK-NEXT:    B9 (entry)
// CHECK-NEXT:      succs B8

// Analysed again with the program's summaries: the same graphs.
// CHECK-LABEL: --- function-graphs of {{.*}}dump-function-graphs.cpp, with the whole program's summaries
// CHECK-NEXT: function 'SetUp()'
