// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-init-not-on-all-paths %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-init-not-on-all-paths %t-tidy
//
// Set-up inside a try block: when it throws, the handler decides whether
// the service goes on to serve without metrics.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace inhouse {
class Server {
public:
  void Run();
};
} // namespace inhouse

std::unique_ptr<prometheus::Exposer> Exposer;
// As real services do: the Exposer serves what is registered with it.
std::shared_ptr<prometheus::Registry> Metrics = std::make_shared<prometheus::Registry>();
void InitMetrics() {
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Metrics);
}

// Positive: the handler logs and goes on to serve.
namespace swallow {
void Serve(inhouse::Server &s) {
  try {
    InitMetrics();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are not exposed when 'InitMetrics()' throws: the handler goes on and 'swallow::Serve()' reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'InitMetrics()' may throw: the handler goes on without exposing them
    // CHECK-MESSAGES: :[[@LINE+4]]:3: note: the service starts serving here: 's.Run()'
  } catch (const std::exception &e) {
    std::fprintf(stderr, "metrics: %s\n", e.what());
  }
  s.Run();
}
} // namespace swallow

// Positive (yeti-lnp-resolver's PrometheusExporter::start()): the Exposer
// is made in a try whose handler logs and returns; the registration after
// it, the exposure, is then skipped, and the caller goes on to serve.
namespace bind_fails {
std::unique_ptr<prometheus::Exposer> OwnExposer;
void Start() {
  try {
    OwnExposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: metrics are not exposed when 'std::make_unique<prometheus::Exposer>("0.0.0.0:9100")' throws: the handler goes on and 'bind_fails::Serve()' reaches 's.Run()' without exposing them [metrics-init-not-on-all-paths]
    // CHECK-MESSAGES: :[[@LINE-2]]:18: note: 'std::make_unique<prometheus::Exposer>("0.0.0.0:9100")' may throw: the handler goes on without exposing them
  } catch (const std::exception &e) {
    std::fprintf(stderr, "metrics: %s\n", e.what());
    return;
  }
  OwnExposer->RegisterCollectable(Metrics);
}
void Serve(inhouse::Server &s) {
  Start();
  s.Run();
}
} // namespace bind_fails

// Negative: the handler stops the service: rethrows, returns an error.
namespace rethrow {
void Serve(inhouse::Server &s) {
  try {
    InitMetrics();
  } catch (...) {
    throw;
  }
  s.Run();
}
} // namespace rethrow
namespace error_return {
int Serve(inhouse::Server &s) {
  try {
    InitMetrics();
  } catch (const std::exception &) {
    return 1;
  }
  s.Run();
  return 0;
}
} // namespace error_return

// Negative: the handler sets up a fallback.
namespace fallback {
void Serve(inhouse::Server &s) {
  try {
    Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  } catch (...) {
    Exposer = std::make_unique<prometheus::Exposer>("127.0.0.1:9101");
  }
  Exposer->RegisterCollectable(Metrics);
  s.Run();
}
} // namespace fallback
