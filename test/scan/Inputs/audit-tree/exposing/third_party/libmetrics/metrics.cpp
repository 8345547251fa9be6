#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

namespace libmetrics {
std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Exposer;

void Start() {
  Registry = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter()
      .Name("jobs_done_total")
      .Help("Jobs done")
      .Register(*Registry);
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Registry);
}
} // namespace libmetrics
