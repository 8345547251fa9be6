// RUN: %check_rule %s metrics-conflicting-definition %t
//
// Within one file too; OpenTelemetry's exporter exposes the counter
// "payments" as payments_total, the name a prometheus-cpp gauge takes here.
// (The clang-tidy check of this id needs IndexDir: plugin.test.)

#include <opentelemetry/metrics/meter.h>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>

void Define(prometheus::Registry &registry, opentelemetry::metrics::Meter *meter) {
  auto payments = meter->CreateUInt64Counter("payments");
  prometheus::BuildGauge().Name("payments_total").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: note: metric 'payments_total' is defined here as a gauge, but it is a counter at the first definition: Prometheus keeps one type and one label set per name [metrics-conflicting-definition]
  // Negative: the same name and type twice.
  prometheus::BuildCounter().Name("refunds_total").Register(registry);
  prometheus::BuildCounter().Name("refunds_total").Register(registry);
  (void)payments;
}
