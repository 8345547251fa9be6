//===--- ProgramVerdicts.h - Does each program expose its metrics? -*- C++ -*-===//
//
// The audit's question per program, not per finding: of the programs in a
// database, which serve, and which expose metrics always, only in some
// environments, only in some build configurations, on some paths only,
// never, or define none. A program is a TU that defines main with what it
// reaches through the whole-program index.
//
// The verdict is derived, not analysed again: main's summary (what its
// paths do for each set-up stage, callees in other TUs included) says
// whether it serves and exposes; the findings of the environment,
// preprocessor, path and registry rules on the program say why exposure
// is partial. Both front ends (the CLI and the scan) compute verdicts here
// from what they already hold, so they agree.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_PROGRAM_PROGRAMVERDICTS_H
#define METRICS_INIT_CHECK_MATCHERS_PROGRAM_PROGRAMVERDICTS_H

#include "ProgramIndex.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace metrics_init_check {

/// Whether a program exposes its metrics, the most specific answer first:
/// a program whose exposure depends on an environment is reported so even
/// if a path rule also fired on it.
enum class Exposure {
  Always,
  SomeEnvironments,
  SomeBuildConfigurations,
  SomePaths,
  Never,     ///< metrics defined (created or registered) but not exposed
  NoMetrics, ///< nothing in the program defines metrics
};
constexpr unsigned NumExposures = 6;

/// "always", "some-environments", ... as reports and SARIF write them.
llvm::StringRef exposureName(Exposure E);

/// A finding as the verdicts need it: front ends convert theirs, so this
/// layer does not depend on how they resolve locations.
struct VerdictEvidence {
  std::string RuleId;
  std::string File; ///< of the primary location, absolute
  unsigned Line = 0;
  std::string MainFile; ///< the TU it was found in, absolute
  std::string Message;
};

struct ProgramVerdict {
  std::string EntryFile; ///< the TU defining main, absolute
  unsigned EntryLine = 0;
  /// Some path from main reaches a serve point.
  bool Serves = false;
  Exposure Exposes = Exposure::NoMetrics;
  /// For SomeEnvironments, SomeBuildConfigurations and SomePaths: the
  /// message of the finding that decided it (it names the decision).
  std::string Why;
  /// The findings on the program, the deciding one first.
  std::vector<VerdictEvidence> Evidence;
};

/// One verdict per TU of \p TUs that defines main, in the order of
/// \p TUs. \p Findings are every finding of the run; a finding belongs to
/// a program when it was found in the entry TU or in a TU defining a
/// function main reaches.
std::vector<ProgramVerdict>
computeProgramVerdicts(llvm::ArrayRef<const TUIndex *> TUs,
                       llvm::ArrayRef<VerdictEvidence> Findings);

} // namespace metrics_init_check

#endif
