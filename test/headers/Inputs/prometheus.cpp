// The prometheus-cpp calls the rule pack matches, and those around them.
#include <prometheus/collectable.h>
#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/family.h>
#include <prometheus/gateway.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/metric_family.h>
#include <prometheus/registry.h>
#include <prometheus/summary.h>
#include <prometheus/text_serializer.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

class OwnCollector : public prometheus::Collectable {
 public:
  std::vector<prometheus::MetricFamily> Collect() const override { return {}; }
};

int main() {
  auto registry = std::make_shared<prometheus::Registry>();
  auto& requests = prometheus::BuildCounter()
                       .Name("requests_total")
                       .Help("Requests served")
                       .Labels({{"service", "orders"}})
                       .Register(*registry);
  requests.Add({{"code", "200"}}).Increment();
  requests.Add({{"code", "500"}}).Increment(2.0);

  auto& in_flight = prometheus::BuildGauge().Name("in_flight").Register(*registry);
  in_flight.Add({}).Set(3);

  auto& latency = prometheus::BuildHistogram().Name("latency").Register(*registry);
  latency.Add({}, prometheus::Histogram::BucketBoundaries{0.1, 1, 10}).Observe(0.5);

  auto& sizes = prometheus::BuildSummary().Name("sizes").Register(*registry);
  sizes.Add({}, prometheus::Summary::Quantiles{{0.5, 0.05}, {0.99, 0.001}}).Observe(7);

  prometheus::Exposer exposer{"127.0.0.1:9100"};
  exposer.RegisterCollectable(registry);
  auto collector = std::make_shared<OwnCollector>();
  exposer.RegisterCollectable(collector, "/own");
  exposer.RemoveCollectable(collector, "/own");
  std::vector<int> ports = exposer.GetListeningPorts();

  prometheus::Gateway gateway{"127.0.0.1", "9091", "batch",
                              prometheus::Gateway::GetInstanceLabel("host")};
  gateway.RegisterCollectable(registry);
  int status = gateway.Push() + gateway.PushAdd();
  auto pushed = gateway.AsyncPush();
  auto added = gateway.AsyncPushAdd();

  std::ostringstream out;
  prometheus::TextSerializer{}.Serialize(out, registry->Collect());
  return status + static_cast<int>(ports.size());
}
