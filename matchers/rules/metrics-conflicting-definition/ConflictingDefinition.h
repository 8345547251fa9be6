//===--- ConflictingDefinition.h - metrics-conflicting-definition -*- C++ -*-===//
//
/// Reports an exposed metric name defined twice with different Prometheus
/// types or different label-name sets. Prometheus keeps one type and one
/// label schema per name, across every service it scrapes: a registry
/// rejects the second definition, or queries and recording rules mix
/// series they cannot aggregate. Two services of one database count too.
///
/// A whole-program rule: it runs in the CLI after the whole-program pass,
/// on every TU's inventory (index entries included), and reports each
/// definition that differs from the first one of its name. Label sets are
/// compared only where both definitions show labels (a family whose
/// samples are added in another file shows none).
///
/// The clang-tidy plugin sees one TU at a time. With an index directory
/// (the IndexDir option, filled by a CLI run with --index-dir), it
/// compares the TU's definitions with the other TUs' stored inventories
/// (runOnTU) and reports, in this TU, what run() would report at this
/// TU's definitions; without one it reports nothing.
///
/// Audit-only (rules.json `enabled`); no fix-it.
///
/// Docs: docs/rules/metrics-conflicting-definition.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_CONFLICTINGDEFINITION_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_CONFLICTINGDEFINITION_H

#include "MetricsInventory.h"
#include "PlacedFinding.h"

#include "llvm/ADT/ArrayRef.h"

namespace metrics_init_check {

struct TUIndex;

class ConflictingDefinition {
public:
  static constexpr llvm::StringLiteral Id = "metrics-conflicting-definition";

  struct Options {
    Level Severity = Level::Note;
  };

  /// \p TUs: every TU of the program with its inventory.
  static std::vector<PlacedFinding> run(llvm::ArrayRef<const TUIndex *> TUs,
                                        Options Opts);

  /// One TU against the others (the plugin): \p Sites are the TU's
  /// definitions, \p MainFile its main file, \p Stored the inventories an
  /// index directory holds (this TU's own entry, maybe stale, is replaced
  /// by \p Sites). Reports run()'s findings that are at \p Sites, so the
  /// plugin over every TU reports what the CLI does, each finding once.
  static void runOnTU(llvm::ArrayRef<MetricSite> Sites,
                      llvm::StringRef MainFile, llvm::ArrayRef<TUIndex> Stored,
                      Options Opts, const FindingSink &Sink);
};

} // namespace metrics_init_check

#endif
