// Units OpenTelemetry's Prometheus exporter turns into name suffixes.
#include "opentelemetry/metrics/meter.h"

#include <string>

namespace metrics_api = opentelemetry::metrics;

void Units(metrics_api::Meter *meter, const std::string &unit) {
  auto a = meter->CreateDoubleHistogram("rpc.duration", "", "ms");
  auto b = meter->CreateUInt64Counter("net.io", "", "By");
  auto c = meter->CreateDoubleCounter("transfer", "", "By/s");
  auto d = meter->CreateDoubleObservableGauge("cpu.utilization", "", "1");
  auto e = meter->CreateInt64UpDownCounter("queue.fill", "", "1");
  auto f = meter->CreateUInt64Counter("hits", "", "1");
  auto g = meter->CreateUInt64Counter("requests", "", "{request}");
  auto h = meter->CreateDoubleHistogram("request_duration_seconds", "", "s");
  auto i = meter->CreateDoubleObservableGauge("disk_usage_ratio", "", "1");
  auto j = meter->CreateDoubleHistogram("payload", "", "KiBy{compressed}");
  auto k = meter->CreateDoubleHistogram("lookup", "", unit);
  auto l = meter->CreateDoubleObservableGauge("temperature", "", "Cel");
  (void)a, (void)b, (void)c, (void)d, (void)e, (void)f;
  (void)g, (void)h, (void)i, (void)j, (void)k, (void)l;
}
