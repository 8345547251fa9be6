//===--- MetricsInventory.h - The metrics a TU defines ------------*- C++ -*-===//
//
// The audit's metrics dictionary, drawn from code: every call of an API a
// rule pack lists under `metrics` (prometheus-cpp families, opentelemetry
// instruments, bvar variables, seastar metrics) with the name, kind, help,
// unit, constant labels and destination the call spells out. A name the
// tool cannot fold to a constant is kept as the expression that builds it
// and marked so: the inventory never guesses a run-time name.
//
// Collected per TU in the first phase and stored in its index entry, so a
// report covers TUs whose facts came from the index directory.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_METRICSINVENTORY_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_METRICSINVENTORY_H

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace metrics_init_check {

class TUFacts;

struct MetricRecord {
  /// The metric's name; with ConstantName false, the source text of the
  /// expression that builds it at run time.
  std::string Name;
  bool ConstantName = false;
  std::string Kind; ///< "counter", "histogram", "adder", ...
  std::string Help, Unit;
  /// Constant labels (name, value) the definition spells out.
  std::vector<std::pair<std::string, std::string>> ConstLabels;
  /// The registry, meter or group it lands in, as the code names it;
  /// empty when the API does not say or the pack does not tell.
  std::string LandsIn;
  std::string Library; ///< the pack that lists the API
  std::string File;    ///< absolute
  unsigned Line = 0;
};

/// Every metric the TU's own code defines, in source order.
std::vector<MetricRecord> collectMetrics(const TUFacts &Facts);

void to_json(nlohmann::json &J, const MetricRecord &M);
/// Throws nlohmann::json::exception on a malformed record (an index entry
/// that fails to parse is analysed again).
void from_json(const nlohmann::json &J, MetricRecord &M);

} // namespace metrics_init_check

#endif
