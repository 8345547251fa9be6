// RUN: %check_rule %s metrics-preprocessor-conditional-init %t
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t-ndebug -- -DNDEBUG
// RUN: %{check_rule_tidy} %s metrics-preprocessor-conditional-init %t-tidy
//
// `if constexpr` on a constant that #if/#else defines differently decides
// the build configuration as surely as the #if itself.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

void Serve();

#ifndef NDEBUG
constexpr bool kDebugMetrics = true;
#else
constexpr bool kDebugMetrics = false;
#endif

constexpr bool kAlwaysMetrics = true;

#ifdef __linux__
constexpr int kBacklog = 128;
#else
constexpr int kBacklog = 16;
#endif

std::shared_ptr<prometheus::Registry> registry = std::make_shared<prometheus::Registry>();

// Positive: release builds (NDEBUG) never start the exposer.
void DebugOnly() {
  if constexpr (kDebugMetrics) {
    prometheus::Exposer exposer{"0.0.0.0:9100"};
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are set up only in some build configurations: 'prometheus::Exposer exposer{"0.0.0.0:9100"}' runs only when 'if constexpr (kDebugMetrics)' is true, and 'kDebugMetrics' is set by '#ifndef NDEBUG' (release builds define NDEBUG) [metrics-preprocessor-conditional-init]
    // CHECK-MESSAGES: :[[@LINE-3]]:17: note: decided at compile time by 'kDebugMetrics'
    // CHECK-MESSAGES: :{{[0-9]+}}:16: note: 'kDebugMetrics' is defined here, under '#{{ifndef NDEBUG|else}}'
    exposer.RegisterCollectable(registry);
    Serve();
  } else {
    Serve();
  }
}

// Negative: a constant not set by the preprocessor.
void Always() {
  if constexpr (kAlwaysMetrics) {
    prometheus::Exposer exposer{"0.0.0.0:9101"};
    exposer.RegisterCollectable(registry);
  }
  Serve();
}

// Negative: the preprocessor sets the constant, but both sides set up.
void BothSides() {
  if constexpr (kBacklog > 64) {
    prometheus::Exposer exposer{"0.0.0.0:9102"};
    exposer.RegisterCollectable(registry);
    Serve();
  } else {
    prometheus::Exposer exposer{"0.0.0.0:9103"};
    exposer.RegisterCollectable(registry);
    Serve();
  }
}
