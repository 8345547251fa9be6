// Metrics objects shared between the files of a service.
#pragma once

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

// Defined and filled in metrics.cpp; main.cpp exports it.
extern std::shared_ptr<prometheus::Registry> g_registry;
// Defined in metrics.cpp, filled in jobs.cpp; nothing exports it.
extern std::shared_ptr<prometheus::Registry> g_job_registry;

// requests.cpp: fills the registry it is given.
void RegisterRequestMetrics(prometheus::Registry &registry);
// expose.cpp: hands the registry to the Exposer.
void ExposeAll(prometheus::Exposer &exposer,
               const std::shared_ptr<prometheus::Registry> &registry);
// Part of a prebuilt library: no TU of the program defines it.
void Drain(std::shared_ptr<prometheus::Registry> registry);
// worker.cpp: a filled registry, for the caller to export.
std::shared_ptr<prometheus::Registry> MakeWorkerRegistry();

// metrics_class.cpp creates and fills the registry; Export() exports it.
class Metrics {
public:
  Metrics();
  std::shared_ptr<prometheus::Registry> registry() const { return registry_; }
  void Export(prometheus::Exposer &exposer);

private:
  std::shared_ptr<prometheus::Registry> registry_;
};

// metrics_class.cpp creates and fills the registry; nothing exports it.
class Cache {
public:
  Cache();

private:
  std::shared_ptr<prometheus::Registry> registry_;
};
