// RUN: %check_rule %s metrics-reserved-label %t
// RUN: %{check_rule_tidy} %s metrics-reserved-label %t-tidy
//
// Label names Prometheus or the metric's own type reserves, wherever the
// label is written: constant labels, per-sample labels, labels declared
// with the metric (bvar MultiDimension, Seastar).

#include <bvar/bvar.h>
#include <opentelemetry/metrics/meter.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/summary.h>
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>

#include <string>

namespace sm = seastar::metrics;

void Families(prometheus::Registry &registry, const std::string &method) {
  // Negative: ordinary names; `le` on a counter is not reserved.
  auto &requests = prometheus::BuildCounter()
                       .Name("http_requests_total")
                       .Labels({{"region", "eu"}})
                       .Register(registry);
  requests.Add({{"method", method}, {"le", "x"}});

  prometheus::BuildCounter()
      .Name("jobs_total")
      .Labels({{"__tenant", "a"}})
      // CHECK-MESSAGES: :[[@LINE-1]]:17: note: label '__tenant' of metric 'jobs_total' starts with '__', which Prometheus reserves for its own labels [metrics-reserved-label]
      .Register(registry);
  auto &latency = prometheus::BuildHistogram()
                      .Name("request_duration_seconds")
                      .Register(registry);
  latency.Add({{"le", "0.5"}}, prometheus::Histogram::BucketBoundaries{1.0});
  // CHECK-MESSAGES: :[[@LINE-1]]:17: note: label 'le' of histogram 'request_duration_seconds' is one the histogram's own series carry: the scrape would have two 'le' labels [metrics-reserved-label]
  auto &rpc = prometheus::BuildSummary().Name("rpc_duration_seconds").Register(registry);
  rpc.Add({{"quantile", "p99"}}, prometheus::Summary::Quantiles{});
  // CHECK-MESSAGES: :[[@LINE-1]]:13: note: label 'quantile' of summary 'rpc_duration_seconds' is one the summary's own series carry: the scrape would have two 'quantile' labels [metrics-reserved-label]
  requests.Add({{"http.method", "GET"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: label name 'http.method' of metric 'http_requests_total' is not a valid Prometheus label name: letters, digits and '_' only, not starting with a digit [metrics-reserved-label]
}

void Instruments(opentelemetry::metrics::Meter *meter) {
  auto orders = meter->CreateUInt64Counter("orders");
  orders->Add(1, {{"__shard", "3"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: label '__shard' of metric 'orders_total' starts with '__', which Prometheus reserves for its own labels [metrics-reserved-label]
}

bvar::MultiDimension<bvar::Adder<int>> g_calls("rpc_calls", {"method", "__peer"});
// CHECK-MESSAGES: :[[@LINE-1]]:72: note: label '__peer' of metric 'rpc_calls' starts with '__', which Prometheus reserves for its own labels [metrics-reserved-label]

class Shard {
public:
  void RegisterMetrics() {
    metrics_.add_group("io", {sm::make_counter("ops", ops_, sm::description("ops"),
                                               {sm::label_instance("__class", "read"),
                                                // CHECK-MESSAGES: :[[@LINE-1]]:68: note: label '__class' of metric 'seastar_io_ops' starts with '__', which Prometheus reserves for its own labels [metrics-reserved-label]
                                                sm::label("kind")("write")})});
  }

private:
  sm::metric_groups metrics_;
  unsigned long ops_ = 0;
};
