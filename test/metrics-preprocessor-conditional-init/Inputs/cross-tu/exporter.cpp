#include "exporter.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

// Defined here, called from main.cpp: only the whole-program summaries say
// that start() exposes metrics.
void PrometheusExporter::start() {
  registry_ = std::make_shared<prometheus::Registry>();
  exposer_ = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  exposer_->RegisterCollectable(registry_);
}

void PrometheusExporter::stats() {}
