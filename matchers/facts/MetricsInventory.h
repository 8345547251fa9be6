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

#include "llvm/ADT/ArrayRef.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace clang {
class Expr;
} // namespace clang

namespace metrics_init_check {

class TUFacts;
struct MetricDefinition;

/// One label of a metric: a constant label of the definition, a label name
/// declared with it (bvar MultiDimension, a Seastar label), or a label of a
/// sample (`family.Add({{"method", m}})`, `counter->Add(1, {{"k", v}})`).
struct MetricLabel {
  /// The label's name; with ConstantName false, its expression's text.
  std::string Name;
  bool ConstantName = true;
  /// Its value: the constant, the expression's text, or empty for a name
  /// declared without a value.
  std::string Value;
  bool ConstantValue = false;
  /// "constant", "declared" or "sample".
  std::string Origin;
  /// Why the value is unbounded (LabelValues.h); empty when it is not or
  /// the tool cannot tell.
  std::string Unbounded;
  unsigned Line = 0;
  /// The file the label is given in, when it is not the metric's (a
  /// sample added in another file); absolute.
  std::string File;
};

/// Labels of a sample made on a global or a field that holds no
/// definition of the TU's own: the definition is in another file, and
/// the whole program's inventory joins the two by holder key.
struct HeldSample {
  /// "var:<USR>" or "field:<USR>", as MetricRecord::HeldBy.
  std::string Holder;
  std::vector<MetricLabel> Labels; ///< each with its File
};

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
  /// The name a scrape shows (MetricNames.h): the group or prefix joined,
  /// renamed as the library renames; empty when the name is built at run
  /// time.
  std::string ExposedName;
  /// The Prometheus type it is exposed as ("counter", ..., "untyped").
  std::string Type;
  /// For a definition that exposes several series (`series` in the pack:
  /// bvar's LatencyRecorder), the one this record is ("max_latency"); each
  /// series is a record of its own.
  std::string Series;
  /// Every label: constant, declared and per sample, in source order.
  std::vector<MetricLabel> Labels;
  /// Where the name is written (a builder's `.Name("x")` may be lines
  /// away from the call that defines): whole-program findings point here.
  unsigned NameLine = 0, NameColumn = 0;
  /// The globals and fields that hold it ("var:<USR>", "field:<USR>"):
  /// samples other files add through them are its samples.
  std::vector<std::string> HeldBy;
  /// Main files of the TUs that define it (a header's metric, several):
  /// which programs it belongs to. Filled by the front ends when they
  /// gather a program's inventory; not stored in the index, where each
  /// record is its own TU's.
  std::vector<std::string> DefinedIn;

  /// The distinct constant label names, sorted.
  std::vector<std::string> labelNames() const;
};

/// A definition as the lint rules see it, while the AST is alive: the
/// record and the expressions its parts are written as.
struct MetricSite {
  MetricRecord Record;
  const MetricDefinition *Definition = nullptr;
  const clang::Expr *Call = nullptr;
  const clang::Expr *NameExpr = nullptr;
  const clang::Expr *UnitExpr = nullptr;
  /// Record.Labels[I] is written as LabelNames[I] and LabelValues[I]
  /// (either may be null: a name given by the object a call is made on).
  std::vector<const clang::Expr *> LabelNames, LabelValues;
};

/// Every metric the TU's own code defines, in source order, with where
/// its parts are written; into \p Held, if given, the samples made on
/// holders of other files' definitions.
std::vector<MetricSite> collectMetricSites(const TUFacts &Facts,
                                           std::vector<HeldSample> *Held =
                                               nullptr);

/// The records of collectMetricSites().
std::vector<MetricRecord> collectMetrics(const TUFacts &Facts,
                                         std::vector<HeldSample> *Held =
                                             nullptr);

/// Adds to \p Metrics (a program's inventory) the labels of \p Held whose
/// holder holds them, each once.
void linkHeldSamples(std::vector<MetricRecord> &Metrics,
                     llvm::ArrayRef<HeldSample> Held);

void to_json(nlohmann::json &J, const HeldSample &S);
void from_json(const nlohmann::json &J, HeldSample &S);

void to_json(nlohmann::json &J, const MetricLabel &L);
void from_json(const nlohmann::json &J, MetricLabel &L);

void to_json(nlohmann::json &J, const MetricRecord &M);
/// Throws nlohmann::json::exception on a malformed record (an index entry
/// that fails to parse is analysed again).
void from_json(const nlohmann::json &J, MetricRecord &M);

} // namespace metrics_init_check

#endif
