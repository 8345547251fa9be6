// RUN: %check_rule --rules %S/Inputs/serve.json %s metrics-registry-not-exposed %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/serve.json %s metrics-registry-not-exposed %t-tidy
//
// prometheus-cpp: registries that nothing exposes, exposers with nothing
// registered, a Pushgateway never pushed, and objects that die with the
// function that set them up.

#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/gateway.h>
#include <prometheus/registry.h>

#include <memory>
#include <optional>
#include <string>

void Serve();
void Publish(std::shared_ptr<prometheus::Registry> registry);

namespace {
std::unique_ptr<prometheus::Exposer> exposer;
std::shared_ptr<prometheus::Registry> registry;

void AddCounters(prometheus::Registry &into) {
  prometheus::BuildCounter().Name("requests_total").Help("Requests").Register(into);
}
} // namespace

// Positive: the families go into a registry that is never handed to the
// Exposer, and the Exposer serves nothing. The fix exports the registry.
namespace forgot_register_collectable {
void SetUp() {
  auto local_exposer = std::make_shared<prometheus::Exposer>("0.0.0.0:9100");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metrics are never exported: the exposer 'local_exposer' exports nothing: nothing calls 'prometheus::Exposer::RegisterCollectable' on it [metrics-registry-not-exposed]
  auto metrics = std::make_shared<prometheus::Registry>();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: metrics are never exported: the registry 'metrics' is filled, but nothing passes it to 'prometheus::Exposer::RegisterCollectable' or 'prometheus::Gateway::RegisterCollectable' [metrics-registry-not-exposed]
  // The family is registered inside the helper, through its parameter.
  // CHECK-MESSAGES: :25:3: note: 'prometheus::BuildCounter().Name("requests_total...' fills it here
  AddCounters(*metrics);
  Serve();
}
} // namespace forgot_register_collectable
// CHECK-FIXES: auto metrics = std::make_shared<prometheus::Registry>();
// CHECK-FIXES-NEXT: local_exposer->RegisterCollectable(metrics);

// Positive: a Pushgateway that gets the registry but never pushes.
namespace never_pushed {
void Job() {
  auto job_metrics = std::make_shared<prometheus::Registry>();
  AddCounters(*job_metrics);
  prometheus::Gateway gateway("pushgateway", "9091", "nightly");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are never exported: the gateway 'gateway' is filled, but nothing calls 'prometheus::Gateway::Push', 'prometheus::Gateway::PushAdd', 'prometheus::Gateway::AsyncPush' or 'prometheus::Gateway::AsyncPushAdd' on it [metrics-registry-not-exposed]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'gateway.RegisterCollectable(job_metrics)' fills it here
  gateway.RegisterCollectable(job_metrics);
}
} // namespace never_pushed

// Positive: the registry's only owner is a local of the set-up function;
// the Exposer keeps a weak_ptr, so scrapes come back empty once it returns.
namespace dies_with_setup {
void InitMetrics() {
  exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  auto families = std::make_shared<prometheus::Registry>();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: metrics are lost when 'dies_with_setup::InitMetrics()' returns: the registry 'families' is owned only by locals of it, and 'exposer->RegisterCollectable(families)' keeps only a weak reference: once it is destroyed, nothing is exported [metrics-registry-not-exposed]
  // CHECK-MESSAGES: :[[@LINE+2]]:3: note: exported here, by weak reference
  AddCounters(*families);
  exposer->RegisterCollectable(families);
}
} // namespace dies_with_setup

// Positive: the Exposer itself is a local of the set-up function: its
// HTTP server stops when the function returns.
namespace local_exposer {
void InitMetrics() {
  registry = std::make_shared<prometheus::Registry>();
  prometheus::Exposer scraped("0.0.0.0:9100");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: metrics are lost when 'local_exposer::InitMetrics()' returns: the exposer 'scraped' is a local of it and is destroyed with it; keep it beyond the set-up (a member, a global, or return it) [metrics-registry-not-exposed]
  scraped.RegisterCollectable(registry);
}
} // namespace local_exposer

// Negative: exposed, with both objects kept for the life of the service.
namespace exposed {
void InitMetrics() {
  registry = std::make_shared<prometheus::Registry>();
  AddCounters(*registry);
  exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  exposer->RegisterCollectable(registry);
}
} // namespace exposed

// Negative: locals of main, and of a function that goes on to serve, live
// as long as the service; a pushed gateway; an empty registry nobody fills.
int main() {
  auto metrics = std::make_shared<prometheus::Registry>();
  AddCounters(*metrics);
  prometheus::Exposer scraped("0.0.0.0:9100");
  scraped.RegisterCollectable(metrics);
  return 0;
}
namespace lives_long_enough {
void RunService() {
  auto metrics = std::make_shared<prometheus::Registry>();
  AddCounters(*metrics);
  prometheus::Exposer scraped("0.0.0.0:9100");
  scraped.RegisterCollectable(metrics);
  Serve();
}
void Job() {
  auto job_metrics = std::make_shared<prometheus::Registry>();
  AddCounters(*job_metrics);
  prometheus::Gateway gateway("pushgateway", "9091", "nightly");
  gateway.RegisterCollectable(job_metrics);
  gateway.Push();
}
void Unused() { auto spare = std::make_shared<prometheus::Registry>(); }
} // namespace lives_long_enough

// Negative: the registry leaves the function: returned to a caller that
// exports it, handed to a function no file defines (a library's), stored
// in a global that another function exports. The plugin, which sees one
// TU, cannot follow the shared function and global and stays silent; the
// CLI, which sees the whole program (this file, with main), follows them
// to their exports.
std::shared_ptr<prometheus::Registry> shared_registry;
namespace escapes {
std::shared_ptr<prometheus::Registry> MakeRegistry() {
  auto made = std::make_shared<prometheus::Registry>();
  AddCounters(*made);
  return made;
}
void ExportMade(prometheus::Exposer &to) { to.RegisterCollectable(MakeRegistry()); }
void HandOver() {
  auto handed = std::make_shared<prometheus::Registry>();
  AddCounters(*handed);
  Publish(handed);
}
void KeepGlobally() {
  shared_registry = std::make_shared<prometheus::Registry>();
  AddCounters(*shared_registry);
}
void ExportShared(prometheus::Exposer &to) { to.RegisterCollectable(shared_registry); }
} // namespace escapes

// Negative: a class that owns both and exposes in another method.
namespace owned_by_class {
class Metrics {
public:
  Metrics() : registry_(std::make_shared<prometheus::Registry>()) {
    AddCounters(*registry_);
  }
  void Start() {
    exposer_ = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
    exposer_->RegisterCollectable(registry_);
  }

private:
  std::shared_ptr<prometheus::Registry> registry_;
  std::unique_ptr<prometheus::Exposer> exposer_;
};
} // namespace owned_by_class

// From a user trial: objects held in members set up by member
// initialisers, and an Exposer in a std::optional.
namespace members {
// Negative: the default member initialiser's Exposer gets a registry in
// the constructor body.
class Hub {
public:
  Hub() { exposer_.RegisterCollectable(registry); }

private:
  prometheus::Exposer exposer_{"0.0.0.0:9100"};
};
// Positive: the member-initialised registry is filled, never exported.
class Telemetry {
public:
  Telemetry() : registry_(std::make_shared<prometheus::Registry>()) {
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: metrics are never exported: the registry 'Telemetry::registry_' is filled, but nothing passes it to 'prometheus::Exposer::RegisterCollectable' or 'prometheus::Gateway::RegisterCollectable' [metrics-registry-not-exposed]
    // CHECK-MESSAGES: :25:3: note: 'prometheus::BuildCounter().Name("requests_total...' fills it here
    AddCounters(*registry_);
  }

private:
  std::shared_ptr<prometheus::Registry> registry_;
};
// Negative: an Exposer built in place in an optional member.
class Optional {
public:
  void Init(const std::string &address) {
    exposer_.emplace(address);
    exposer_->RegisterCollectable(registry);
  }

private:
  std::optional<prometheus::Exposer> exposer_;
};
} // namespace members

// From the second user trial: exports written in a function template or a
// generic lambda are calls only in their instantiations; a registry handed
// on as a raw pointer (`get()`) is still the registry.
namespace generic {
template <typename... Registries>
void ExposeAll(prometheus::Exposer &exposer, const Registries &...registries) {
  (exposer.RegisterCollectable(registries), ...);
}
void FillThroughPointer(prometheus::Registry *into) { AddCounters(*into); }

void SetUp(prometheus::Exposer &exposer) {
  // Negative: exported by the variadic template.
  auto http = std::make_shared<prometheus::Registry>();
  AddCounters(*http);
  auto db = std::make_shared<prometheus::Registry>();
  AddCounters(*db);
  ExposeAll(exposer, http, db);
  // Negative: exported by a generic lambda.
  auto expose = [&](const auto &registry) { exposer.RegisterCollectable(registry); };
  auto jobs = std::make_shared<prometheus::Registry>();
  AddCounters(*jobs);
  expose(jobs);
  // Positive: filled through a raw pointer, never exported.
  auto raw = std::make_shared<prometheus::Registry>();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: metrics are never exported: the registry 'raw' is filled, but nothing passes it to 'prometheus::Exposer::RegisterCollectable' or 'prometheus::Gateway::RegisterCollectable' [metrics-registry-not-exposed]
  // CHECK-MESSAGES: :25:3: note: 'prometheus::BuildCounter().Name("requests_total...' fills it here
  FillThroughPointer(raw.get());
}
} // namespace generic

// A factory makes a registry per call: each call is judged where its
// result goes, with what the factory filled.
namespace factory {
std::shared_ptr<prometheus::Registry> MakeComponentRegistry() {
  auto made = std::make_shared<prometheus::Registry>();
  AddCounters(*made);
  return made;
}
// Negative: this call's registry is exported.
void InitAuth(prometheus::Exposer &exposer) {
  auto auth = MakeComponentRegistry();
  exposer.RegisterCollectable(auth);
}
// Positive: this one is not, though the other call's is.
void InitSearch() {
  auto search = MakeComponentRegistry();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: metrics are never exported: the registry 'search' made by 'factory::MakeComponentRegistry()' is filled, but nothing passes it to 'prometheus::Exposer::RegisterCollectable' or 'prometheus::Gateway::RegisterCollectable' [metrics-registry-not-exposed]
  // CHECK-MESSAGES: :25:3: note: 'prometheus::BuildCounter().Name("requests_total...' fills it here
}
// Negative: a getter of one static registry is not a factory; another
// caller exports it.
std::shared_ptr<prometheus::Registry> Shared() {
  static auto shared = std::make_shared<prometheus::Registry>();
  return shared;
}
void UseShared(prometheus::Exposer &exposer) {
  AddCounters(*Shared());
  exposer.RegisterCollectable(Shared());
}
} // namespace factory
