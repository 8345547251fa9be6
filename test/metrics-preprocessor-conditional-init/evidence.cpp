// RUN: %check_rule %s metrics-preprocessor-conditional-init %t
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t-ndebug -- -DNDEBUG
// RUN: %{check_rule_tidy} %s metrics-preprocessor-conditional-init %t-tidy
//
// Code the preprocessor skipped has no AST: a match there needs evidence
// that it is the pack's API (a qualified name, a receiver declared as the
// pack's class), never a bare common word; declarations are not calls; a
// side that leaves the program instead of serving needs no set-up.

#include <prometheus/gateway.h>
#include <prometheus/registry.h>

#include <cstdio>
#include <memory>

void Serve();

struct ByteStack {
  void Push(unsigned n);
};
ByteStack stack_;
std::shared_ptr<prometheus::Registry> registry = std::make_shared<prometheus::Registry>();
prometheus::Gateway gateway{"localhost", "9091", "batch"};

void Init() { gateway.RegisterCollectable(registry); }

class Meter {
public:
  std::unique_ptr<int> CreateCounter(const char *name);
};

// Negative: 'Push' on an object that is not a prometheus::Gateway.
void Parse(unsigned length) {
#ifdef JSON_STRICT
  stack_.Push(length);
#endif
  Serve();
}

struct Exporter {
  void start();
};
Exporter *exporter_;

// Negative: a method called through an object is not seastar's free
// function 'prometheus::start' of the same name.
void Tracing() {
#ifdef WITH_TRACE_EXPORT
  exporter_->start();
#endif
  Serve();
}

// Negative: 'Init' is too common a word to be the wrapper without its
// qualifier, in text the compiler did not see.
void Boot() {
#ifdef WITH_DEBUG_STATS
  Init();
#endif
  Serve();
}

// Negative: an out-of-line definition of a method named like an API is a
// declaration, not a call.
#ifdef WITH_COUNTERS
std::unique_ptr<int> Meter::CreateCounter(const char *name) { return nullptr; }
#endif

// Negative: a class of the service's own named like a pack's type, whose
// constructor is defined in one configuration only.
#ifdef WITH_LOCAL_REGISTRY
class Registry {
public:
  Registry() : size_(0) {}
  int size_;
};
#endif

// Negative: the API exists only from some library version on.
void Gauges() {
#if PROMETHEUS_CPP_ABI_VERSION >= 2
  gateway.Push();
#endif
  Serve();
}

// Negative: a function defined only in one configuration; its callers are
// just as conditional.
#ifdef WITH_PUSH
void PushOnce() { gateway.Push(); }
#endif

// Negative: the other side reports and leaves main: it never serves.
int main() {
#ifdef WITH_PUSH_SUPPORT
  gateway.Push();
  Serve();
#else
  std::puts("built without push support");
  return 1;
#endif
  return 0;
}

// Positive: the receiver is declared as a prometheus::Gateway.
void Batch() {
#ifndef NDEBUG
  gateway.Push();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: metrics are exposed only in some build configurations: 'Push()' is compiled only under '#ifndef NDEBUG', and builds where it does not hold have nothing in its place (no '#else') (release builds define NDEBUG) [metrics-preprocessor-conditional-init]
  // CHECK-MESSAGES: :[[@LINE-3]]:1: note: compiled only under '#ifndef NDEBUG'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: no '#else': nothing takes its place in the other configurations
#endif
  Serve();
}
