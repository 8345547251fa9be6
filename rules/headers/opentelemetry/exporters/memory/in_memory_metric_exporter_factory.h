// Declaration-only stand-in for
// <opentelemetry/exporters/memory/in_memory_metric_exporter_factory.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
#pragma once

#include <memory>

#include <opentelemetry/sdk/metrics/push_metric_exporter.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace exporter
{
namespace memory
{
// The in-memory data store the exporter fills is not declared.
class InMemoryMetricData;

class InMemoryMetricExporterFactory
{
public:
  static std::unique_ptr<opentelemetry::sdk::metrics::PushMetricExporter> Create(
      const std::shared_ptr<InMemoryMetricData> &data);
};
}  // namespace memory
}  // namespace exporter
OPENTELEMETRY_END_NAMESPACE
