//===--- RegistrationDroppedByLinker.h - metrics-registration-dropped-by-linker -*- C++ -*-===//
//
/// Finds static objects whose constructors (or initialisers) register
/// metrics in object files the linker leaves out: an archive member that
/// nothing references, a shared library linked --as-needed whose symbols
/// nothing uses. The registration then silently never runs.
///
/// A whole-program rule: it runs in the CLI after every TU's link facts
/// are collected (matchers/LinkFacts.h), on the build graph of CMake's File
/// API when there is one, and on the TUs' symbols alone (note level) when
/// there is not. The clang-tidy plugin sees one TU at a time: its check of
/// this id reports nothing.
///
/// Docs: docs/rules/metrics-registration-dropped-by-linker.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_REGISTRATIONDROPPEDBYLINKER_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_REGISTRATIONDROPPEDBYLINKER_H

#include "CMakeFileApi.h"
#include "PlacedFinding.h"

#include "llvm/ADT/ArrayRef.h"

namespace metrics_init_check {

struct TUIndex;

class RegistrationDroppedByLinker {
public:
  static constexpr llvm::StringLiteral Id =
      "metrics-registration-dropped-by-linker";

  struct Options {
    /// Level of a drop the build graph shows; without a graph, a suspected
    /// drop is a note.
    Level Severity = Level::Warning;
  };

  struct Result {
    std::vector<PlacedFinding> Findings;
    /// What could not be decided, and why (for the report's notifications).
    std::vector<std::string> NotAnalysed;
  };

  /// \p TUs are every TU of the program with its link facts; \p Graph the
  /// build graph, or null when there is none.
  static Result run(llvm::ArrayRef<const TUIndex *> TUs,
                    const BuildGraph *Graph, Options Opts);
  /// With the default options.
  static Result run(llvm::ArrayRef<const TUIndex *> TUs,
                    const BuildGraph *Graph);
};

} // namespace metrics_init_check

#endif
