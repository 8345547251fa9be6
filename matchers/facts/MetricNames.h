//===--- MetricNames.h - The names metrics libraries expose -------*- C++ -*-===//
//
// A metric is scraped under the name its library exposes, not always the
// one the code spells: bvar renames (`to_underscored_name`), Seastar
// prefixes the group, OpenTelemetry's Prometheus exporter sanitises and
// appends `_total`. Rule packs say which of these a library does
// (`exposed_as`, `counter_total`, `metric_groups`); the transforms live here
// so the inventory and the lint rules agree on one exposed name.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_METRICNAMES_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_METRICNAMES_H

#include "RulePack.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace metrics_init_check {

/// bvar's `to_underscored_name` appended to \p Out: an upper-case letter
/// that follows a character other than an upper-case one starts a new
/// '_'-separated word and is lower-cased; a run of other non-alphanumerics
/// becomes one '_'.
void appendUnderscored(std::string &Out, llvm::StringRef Name);

/// OpenTelemetry's Prometheus exporter: characters a Prometheus name does
/// not allow (and a leading digit) become '_', runs of them one '_'.
std::string sanitizedName(llvm::StringRef Name);

/// The name a definition of \p Def exposes: the exporter's
/// `exposed_prefix`, \p Group (a Seastar group, or "") and \p Prefix
/// (bvar's, or "") joined to \p Name as the library joins them, renamed as
/// `exposed_as` says, with the suffix its `unit_suffix` makes of \p Unit
/// and the `_total` a library adds to counters of \p Type.
std::string exposedMetricName(const MetricDefinition &Def,
                              llvm::StringRef Group, llvm::StringRef Prefix,
                              llvm::StringRef Name, llvm::StringRef Type,
                              llvm::StringRef Unit = "");

/// The word(s) \p U makes of \p Unit: annotations in braces dropped
/// ("{request}"), a rate "X/Y" as X_per_Y, each part looked up, anything
/// but letters and digits a single '_' ("By/s" → "bytes_per_second").
std::string unitWords(const UnitSuffix &U, llvm::StringRef Unit);

/// \p Name without the first of \p Def's `name_drops_suffixes` it ends
/// with (LatencyRecorder's "read_latency" exposes read_latency, not
/// read_latency_latency).
std::string droppedSuffix(const MetricDefinition &Def, llvm::StringRef Name);

/// The name series \p Suffix of a definition exposed as \p Exposed is
/// scraped under: joined with '_', renamed as `exposed_as` says.
std::string seriesName(const MetricDefinition &Def, llvm::StringRef Exposed,
                       llvm::StringRef Suffix);

/// The Prometheus type of a definition: `prometheus_type`, else the kind
/// when it is one ("counter", "gauge", "histogram", "summary", "info"),
/// else "untyped".
std::string prometheusType(const MetricDefinition &Def, llvm::StringRef Kind);

} // namespace metrics_init_check

#endif
