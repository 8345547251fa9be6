// prometheus-cpp families: constant names, a constant-folded name, a name
// built at run time, constant labels, and a builder that is never
// registered (no metric).
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

constexpr const char *kQueueDepth = "queue_depth";

void DefineMetrics(prometheus::Registry &registry, const std::string &prefix) {
  prometheus::BuildCounter()
      .Name("http_requests_total")
      .Help("HTTP requests served")
      .Labels({{"region", "eu"}, {"tier", "web"}})
      .Register(registry);
  prometheus::BuildGauge().Name(kQueueDepth).Help("Queued jobs").Register(registry);
  prometheus::BuildHistogram()
      .Name(prefix + "_latency_seconds")
      .Help("Latency")
      .Register(registry);
  auto unregistered = prometheus::BuildCounter().Name("never_registered_total");
  (void)unregistered;
}
