// RUN: %check_rule %s metrics-name-convention %t
// RUN: %{check_rule_tidy} %s metrics-name-convention %t-tidy
//
// The name checked is the one each library exposes: OpenTelemetry's
// Prometheus exporter sanitises and appends `_total` to counters, bvar
// renames to snake_case and joins its prefix, Seastar prefixes the group.

#include <bvar/bvar.h>
#include <opentelemetry/metrics/meter.h>
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>

namespace metrics_api = opentelemetry::metrics;
namespace sm = seastar::metrics;

void Instruments(metrics_api::Meter *meter) {
  // Negative: the exporter adds `_total` itself, and turns '.' into '_'.
  auto orders = meter->CreateUInt64Counter("orders.created", "Orders", "1");
  auto latency = meter->CreateDoubleHistogram("checkout.duration", "Checkout", "s");
  auto slow = meter->CreateDoubleHistogram("checkout.latency", "Checkout", "ms");
  // CHECK-MESSAGES: :[[@LINE-1]]:44: note: metric name 'checkout_latency_milliseconds' measures in 'milliseconds': Prometheus uses base units, 'seconds' [metrics-name-convention]
  auto camel = meter->CreateUInt64Counter("ordersCreated");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: note: metric name 'ordersCreated_total' (opentelemetry-cpp's exposed name of 'ordersCreated') is not lower snake_case: Prometheus names are lower-case words joined by '_' [metrics-name-convention]
  (void)orders;
  (void)latency;
  (void)slow;
  (void)camel;
}

// Negative: bvar exposes "OrderService" + "PeakQueueDepth" as
// order_service_peak_queue_depth, and every bvar as a gauge: no `_total` due.
bvar::Adder<int> g_requests("rpc_requests");
bvar::Maxer<int> g_peak("OrderService", "PeakQueueDepth");
bvar::Adder<int> g_bytes("upload_size_kb");
// CHECK-MESSAGES: :[[@LINE-1]]:26: note: metric name 'upload_size_kb' measures in 'kb': Prometheus uses base units, 'bytes' [metrics-name-convention]
// Negative: brpc's exposition has no counters and names its own gauges
// `_count` (LatencyRecorder): suffixes are not held to Prometheus' types
// there (lint_suffixes false; the brpc examples' client_error_count).
bvar::Adder<int> g_errors("rpc_errors_total");
bvar::Adder<int> g_error_count("client_error_count");

class Shard {
public:
  void RegisterMetrics() {
    // Negative: exposed as cache_reads; whether Seastar adds `_total` is
    // not known to the pack (counter_total "unknown").
    metrics_.add_group("cache", {sm::make_counter("reads", reads_),
                                 sm::make_gauge("entries", entries_)});
    metrics_.add_group("cache", {sm::make_gauge("evictionTime_ms", evict_)});
    // CHECK-MESSAGES: :[[@LINE-1]]:49: note: metric name 'seastar_cache_evictionTime_ms' (seastar's exposed name of 'evictionTime_ms') is not lower snake_case: Prometheus names are lower-case words joined by '_' [metrics-name-convention]
    // CHECK-MESSAGES: :[[@LINE-2]]:49: note: metric name 'seastar_cache_evictionTime_ms' measures in 'ms': Prometheus uses base units, 'seconds' [metrics-name-convention]
  }

private:
  sm::metric_groups metrics_;
  unsigned long reads_ = 0, entries_ = 0, evict_ = 0;
};
