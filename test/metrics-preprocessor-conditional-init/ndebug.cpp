// The same findings whether NDEBUG is defined or not, in both front ends.
// RUN: %check_rule --rules %S/../metrics-env-conditional-init/Inputs/inhouse.json %s metrics-preprocessor-conditional-init %t
// RUN: %check_rule --rules %S/../metrics-env-conditional-init/Inputs/inhouse.json %s metrics-preprocessor-conditional-init %t-ndebug -- -DNDEBUG
// RUN: %{check_rule_tidy} --rules %S/../metrics-env-conditional-init/Inputs/inhouse.json %s metrics-preprocessor-conditional-init %t-tidy
// RUN: %{check_rule_tidy} --rules %S/../metrics-env-conditional-init/Inputs/inhouse.json %s metrics-preprocessor-conditional-init %t-tidy-ndebug -- -DNDEBUG

#ifndef NDEBUG_TEST_GUARD_H
#define NDEBUG_TEST_GUARD_H
#endif

#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

void RunServer();
std::shared_ptr<prometheus::Registry> Registry = std::make_shared<prometheus::Registry>();
std::unique_ptr<prometheus::Exposer> Exposer;

void StartExposer() {
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Registry);
}

// Positive: debug builds only; release builds serve without an exposer.
void DebugOnlyExposer() {
#ifndef NDEBUG
  StartExposer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are exposed only in some build configurations: 'StartExposer()' is compiled only under '#ifndef NDEBUG', and builds where it does not hold have nothing in its place (no '#else') (release builds define NDEBUG) [metrics-preprocessor-conditional-init]
  // CHECK-MESSAGES: :[[@LINE-3]]:1: note: compiled only under '#ifndef NDEBUG'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: no '#else': nothing takes its place in the other configurations
#endif
  RunServer();
}

// Positive: registration on one side, the other side registers nothing.
void FamiliesInReleaseOnly() {
#ifdef NDEBUG
  prometheus::BuildCounter().Name("requests_total").Help("Requests").Register(*Registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: metrics are registered only in some build configurations: 'Register(*Registry)' is compiled only under '#ifdef NDEBUG', and the '#else' side has no equivalent (release builds define NDEBUG) [metrics-preprocessor-conditional-init]
  // CHECK-MESSAGES: :[[@LINE-3]]:1: note: compiled only under '#ifdef NDEBUG'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: '#else' has no equivalent
#else
  int debug_only_counter = 0;
  (void)debug_only_counter;
#endif
  RunServer();
}

// Negative: both sides expose (a backend switch). One side creates the
// Exposer and registers inline, the other through a wrapper that does both:
// the wrapper counts for every stage it sets up, not only its last.
void BackendSwitch() {
#if defined(USE_OTHER_BACKEND)
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9200");
  Exposer->RegisterCollectable(Registry);
#else
  StartExposer();
#endif
  RunServer();
}

// Negative: every platform initialises.
void EveryPlatform() {
#if defined(_WIN32)
  StartExposer();
#elif defined(__APPLE__)
  StartExposer();
#else
  StartExposer();
#endif
  RunServer();
}

// Negative: a conditional around code that is not metrics.
void NotMetrics() {
#ifndef NDEBUG
  int checks = 0;
  (void)checks;
#endif
  StartExposer();
  RunServer();
}

// Negative: disabled code is not a configuration.
void DisabledCode() {
#if 0
  StartExposer();
#endif
  StartExposer();
  RunServer();
}

// Negative: the declaration of a wrapper, not a call.
#ifndef NDEBUG
void StartExposer();
#endif
