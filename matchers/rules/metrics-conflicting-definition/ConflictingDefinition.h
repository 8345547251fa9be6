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
/// samples are added in another file shows none). The clang-tidy plugin
/// sees one TU at a time: its check of this id reports nothing.
///
/// Audit-only (rules.json `enabled`); no fix-it.
///
/// Docs: docs/rules/metrics-conflicting-definition.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_CONFLICTINGDEFINITION_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_CONFLICTINGDEFINITION_H

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
};

} // namespace metrics_init_check

#endif
