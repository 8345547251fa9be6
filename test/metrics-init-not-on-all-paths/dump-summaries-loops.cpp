// Loops in the summaries: a loop whose body sets up is assumed to run, so
// its exit is not a path without set-up. A loop whose body can only come
// back or end (an error return) keeps its exit: the set-up after the loop
// is reached through it. brpc's parallel_echo client read as never
// exposing its bvars: its loops over sub-channels hid the dummy server
// started after them.
// RUN: %mic --dump=summaries --rules %S/Inputs/inhouse.json --checks=-*,metrics-init-not-on-all-paths %s -- -std=c++17 2> %t.err
// RUN: FileCheck %s --input-file=%t.err

namespace inhouse {
void InitStats();
} // namespace inhouse

bool Add(int Channel);
bool Ready(int Sink);

// The body only returns early or comes back: after the loop, the set-up.
int AfterLoops(int Channels) {
  for (int I = 0; I < Channels; ++I)
    if (!Add(I))
      return -1;
  inhouse::InitStats();
  return 0;
}

// The body sets up: assumed to run, the exit is not a path without it.
void InLoop(int Sinks) {
  for (int I = 0; I < Sinks; ++I)
    inhouse::InitStats();
}

// The body sets up on some iterations only: as a retry loop, it counts as
// setting up (the rules' pages: a loop is assumed to set up when its body
// can).
void SomeIterations(int Sinks) {
  for (int I = 0; I < Sinks; ++I)
    if (Ready(I))
      inhouse::InitStats();
}

// CHECK-LABEL: --- summaries of {{.*}}dump-summaries-loops.cpp, on its own
// CHECK:        'AfterLoops()'
// CHECK-NEXT:     expose: returns-without
// CHECK-NEXT:     register: returns-set-up
// CHECK:        'InLoop()'
// CHECK-NEXT:     expose: returns-without
// CHECK-NEXT:     register: returns-set-up
// CHECK:        'SomeIterations()'
// CHECK-NEXT:     expose: returns-without
// CHECK-NEXT:     register: returns-set-up{{$}}
