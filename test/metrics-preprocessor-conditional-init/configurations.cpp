// The same findings in every configuration: sides after a taken #if, blocks
// nested in skipped text, wrappers whose set-up is itself conditional.
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t-prod -- -DPRODUCTION
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t-staging -- -DSTAGING -DNDEBUG
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t-apple -- -DTARGET_APPLE -DDEBUG
// RUN: %{check_rule_tidy} %s metrics-preprocessor-conditional-init %t-tidy -- -DPRODUCTION -DTARGET_APPLE

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

std::unique_ptr<prometheus::Exposer> Exposer;
// As real services do: the Exposer serves what is registered with it.
std::shared_ptr<prometheus::Registry> Metrics = std::make_shared<prometheus::Registry>();

// Negative: every side of an #elif chain exposes, whichever side is taken.
void ElifChain() {
#if defined(PRODUCTION)
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:1");
  Exposer->RegisterCollectable(Metrics);
#elif defined(STAGING)
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:2");
  Exposer->RegisterCollectable(Metrics);
#else
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:3");
  Exposer->RegisterCollectable(Metrics);
#endif
}

// Positive: a block nested in a side that some configurations skip.
void Nested() {
#ifdef TARGET_APPLE
#ifndef NDEBUG
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:4");
  Exposer->RegisterCollectable(Metrics);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: metrics are exposed only in some build configurations: {{.*}}'#ifndef NDEBUG'{{.*}} [metrics-preprocessor-conditional-init]
#endif
#else
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:5");
  Exposer->RegisterCollectable(Metrics);
#endif
}

// Negative: a side that cannot build (#error) is not a configuration.
void UnsupportedPlatform() {
#if defined(__linux__) || defined(__APPLE__) || defined(_WIN32)
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:6");
  Exposer->RegisterCollectable(Metrics);
#else
#error "unsupported platform"
#endif
}

// A wrapper whose own set-up is conditional is a wrapper in every
// configuration.
void StartExposer() {
#ifndef NDEBUG
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:7");
  Exposer->RegisterCollectable(Metrics);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: metrics are exposed only in some build configurations: {{.*}}'#ifndef NDEBUG'{{.*}} [metrics-preprocessor-conditional-init]
#endif
}
void DebugOnlyCall() {
#ifdef DEBUG
  StartExposer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are exposed only in some build configurations: 'StartExposer()' is compiled only under '#ifdef DEBUG', and builds where it does not hold have nothing in its place (no '#else') (a build-mode macro) [metrics-preprocessor-conditional-init]
#endif
}

// A build-mode macro combined with a metrics switch is still a build-mode
// conditional: release builds lack metrics, a warning.
void Mixed() {
#if !defined(NDEBUG) || defined(FORCE_EXPOSER)
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:8");
  Exposer->RegisterCollectable(Metrics);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: metrics are exposed only in some build configurations: {{.*}}(release builds define NDEBUG) [metrics-preprocessor-conditional-init]
#endif
}
