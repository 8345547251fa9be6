// What every path of each function does for metrics (SetupSummaries.h),
// stage by stage (expose, register, create), as the solver leaves it: the
// outcomes are the ways a path can end (returns or serves; with the stage
// set up, without, or deferred to another rule at a guard or an
// environment decision).
// RUN: not %mic --dump=summaries --rules %S/Inputs/inhouse.json --checks=-*,metrics-init-not-on-all-paths %s -- -std=c++17 -I%mock_include 2> %t.err
// RUN: FileCheck %s --input-file=%t.err

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

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
void Elsewhere();
std::unique_ptr<prometheus::Exposer> Exposer;
// As real services do: the Exposer serves what is registered with it.
std::shared_ptr<prometheus::Registry> Metrics = std::make_shared<prometheus::Registry>();

void SetUp() {
  if (FastStart())
    return;
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Metrics);
}

void SetUpInProduction() {
  if (std::getenv("PRODUCTION"))
    SetUp();
  inhouse::InitStats();
}

void Serve() {
  inhouse::Server server;
  server.Run();
}

// Recursion: the solver iterates to the fixpoint.
void Retry(int n) {
  if (n > 0)
    Retry(n - 1);
  else
    SetUp();
}

int main() {
  SetUpInProduction();
  Retry(3);
  Elsewhere();
  Serve();
  return 0;
}

// CHECK-LABEL: --- summaries of {{.*}}dump-summaries.cpp, on its own
// CHECK-NEXT: summaries of 5 function(s)
// CHECK-NEXT:   'SetUp()'
// CHECK-NEXT:     expose: returns-set-up returns-without
// CHECK-NEXT:     register: returns-without
// CHECK-NEXT:     create: returns-set-up returns-without
// The environment decision defers the skipped exposure, and the creation
// of the Exposer that goes with it; registering happens on every path.
// CHECK-NEXT:   'SetUpInProduction()'
// CHECK-NEXT:     expose: returns-set-up returns-without returns-deferred
// CHECK-NEXT:     register: returns-set-up
// CHECK-NEXT:     create: returns-set-up returns-without returns-deferred
// CHECK-NEXT:   'Serve()'
// CHECK-NEXT:     expose: serves-without
// CHECK-NEXT:     register: serves-without
// CHECK-NEXT:     create: serves-without
// CHECK-NEXT:   'Retry()'
// CHECK-NEXT:     expose: returns-set-up returns-without
// CHECK-NEXT:     register: returns-without
// CHECK-NEXT:     create: returns-set-up returns-without
// CHECK-NEXT:   'main()'
// CHECK-NEXT:     expose: serves-set-up serves-without serves-deferred
// CHECK-NEXT:     register: serves-set-up
// CHECK-NEXT:     create: serves-set-up serves-without serves-deferred
