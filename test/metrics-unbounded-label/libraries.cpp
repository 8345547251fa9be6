// RUN: %check_rule %s metrics-unbounded-label %t
// RUN: %{check_rule_tidy} %s metrics-unbounded-label %t-tidy
//
// Label values of OpenTelemetry attributes, bvar MultiDimension samples
// (values in the order of the declared names) and Seastar labels.

#include <bvar/bvar.h>
#include <opentelemetry/metrics/meter.h>
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>

#include <memory>
#include <string>

namespace metrics_api = opentelemetry::metrics;
namespace sm = seastar::metrics;

class Checkout {
public:
  explicit Checkout(metrics_api::Meter *meter) {
    orders_ = meter->CreateUInt64Counter("orders");
  }
  void Order(const std::string &userId, const std::string &country) {
    // Negative: a bounded attribute.
    orders_->Add(1, {{"country", "de"}});
    orders_->Add(1, {{"user", userId.c_str()}});
    // CHECK-MESSAGES: :[[@LINE-1]]:31: note: label 'user' of metric 'orders_total' takes its value from 'userId' (a parameter named like user_id): every distinct value is a new time series, without bound [metrics-unbounded-label]
  }

private:
  opentelemetry::nostd::unique_ptr<metrics_api::Counter<uint64_t>> orders_;
};

bvar::MultiDimension<bvar::Adder<int>> g_calls("rpc_calls", {"method", "peer"});

void Called(const std::string &method, const std::string &client_ip) {
  *g_calls.get_stats({"Echo", client_ip}) << 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: note: label 'peer' of metric 'rpc_calls' takes its value from 'client_ip' (a parameter named like client_ip): every distinct value is a new time series, without bound [metrics-unbounded-label]
}

class Shard {
public:
  void RegisterMetrics(const std::string &trace_id) {
    metrics_.add_group("io", {sm::make_counter("ops", ops_, sm::description("ops"),
                                               {sm::label("kind")("write"),
                                                sm::label("trace")(trace_id)})});
    // CHECK-MESSAGES: :[[@LINE-1]]:68: note: label 'trace' of metric 'seastar_io_ops' takes its value from 'trace_id' (a parameter named like trace_id): every distinct value is a new time series, without bound [metrics-unbounded-label]
  }

private:
  sm::metric_groups metrics_;
  unsigned long ops_ = 0;
};
