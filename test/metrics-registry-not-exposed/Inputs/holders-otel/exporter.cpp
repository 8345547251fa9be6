#include "pipeline.h"

#include <opentelemetry/exporters/otlp/otlp_http_metric_exporter_factory.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_factory.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_options.h>

namespace metrics_sdk = opentelemetry::sdk::metrics;
namespace otlp = opentelemetry::exporter::otlp;

std::unique_ptr<metrics_sdk::PushMetricExporter> g_exporter;

void InitExporter() { g_exporter = otlp::OtlpHttpMetricExporterFactory::Create(); }

std::unique_ptr<metrics_sdk::MetricReader> MakeReader() {
  auto exporter = otlp::OtlpHttpMetricExporterFactory::Create();
  metrics_sdk::PeriodicExportingMetricReaderOptions options;
  return metrics_sdk::PeriodicExportingMetricReaderFactory::Create(std::move(exporter), options);
}
