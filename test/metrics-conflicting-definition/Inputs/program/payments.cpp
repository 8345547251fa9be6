// Other files define the same names.
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>

#include <string>

void PaymentMetrics(prometheus::Registry &registry, const std::string &code) {
  // A different type.
  prometheus::BuildGauge().Name("orders_total").Register(registry);
  // A different label set.
  auto &requests =
      prometheus::BuildCounter().Name("http_requests_total").Register(registry);
  requests.Add({{"code", code}});
  // Negative: the same type; no labels shown here (they may be added in
  // another file), so nothing to compare.
  prometheus::BuildGauge().Name("queue_depth").Register(registry);
  // Negative: the same type and labels.
  prometheus::BuildCounter().Name("jobs_total").Register(registry);
}
