// The first definitions of each name (file order).
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>

#include <string>

void OrderMetrics(prometheus::Registry &registry, const std::string &method) {
  prometheus::BuildCounter().Name("orders_total").Register(registry);
  auto &requests =
      prometheus::BuildCounter().Name("http_requests_total").Register(registry);
  requests.Add({{"method", method}});
  prometheus::BuildGauge().Name("queue_depth").Register(registry);
  prometheus::BuildCounter().Name("jobs_total").Register(registry);
}
