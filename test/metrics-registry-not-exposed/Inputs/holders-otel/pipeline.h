// The metrics pipeline of a service, built across files.
#pragma once

#include <opentelemetry/sdk/metrics/metric_reader.h>
#include <opentelemetry/sdk/metrics/push_metric_exporter.h>

#include <memory>

// exporter.cpp: an OTLP exporter kept for later; nothing wraps it.
extern std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> g_exporter;
void InitExporter();
// exporter.cpp: an exporter wrapped in a periodic reader, for the caller
// to add to its provider.
std::unique_ptr<opentelemetry::sdk::metrics::MetricReader> MakeReader();
