//===--- ProgramVerdicts.h - Does each program expose its metrics? -*- C++ -*-===//
//
// The audit's question per program, not per finding: of the programs in a
// database, which serve, and which expose metrics always, only in some
// environments, only in some build configurations, on some paths only,
// never, or define none. A program is an entry (main, or an entry function
// a pack names that no other entry calls) with what it reaches through the
// whole-program index.
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
  std::string EntryFile; ///< the TU defining the entry, absolute
  unsigned EntryLine = 0;
  std::string EntryName; ///< main, or the pack's entry function
  /// Main files of the TUs the program comprises (the entry's and those
  /// defining a function it reaches), sorted: the metrics defined there
  /// are the program's.
  std::vector<std::string> Files;
  /// Some path from main reaches a serve point.
  bool Serves = false;
  Exposure Exposes = Exposure::NoMetrics;
  /// For SomeEnvironments, SomeBuildConfigurations and SomePaths: the
  /// message of the finding that decided it (it names the decision).
  std::string Why;
  /// The findings on the program, the deciding one first.
  std::vector<VerdictEvidence> Evidence;
};

/// One verdict per program of \p TUs, in entry order (file, line): per main,
/// and per entry function of a pack (or the EntryPoints option) that no
/// other entry reaches. \p Findings are every finding of the run; a
/// finding belongs to a program when it was found in the entry's TU or in
/// a TU defining a function the entry reaches.
std::vector<ProgramVerdict>
computeProgramVerdicts(llvm::ArrayRef<const TUIndex *> TUs,
                       llvm::ArrayRef<VerdictEvidence> Findings);
/// The same with \p TUs' whole-program pass already solved (solveProgram),
/// as the CLI's run has it: not solved a second time.
std::vector<ProgramVerdict>
computeProgramVerdicts(llvm::ArrayRef<const TUIndex *> TUs,
                       llvm::ArrayRef<VerdictEvidence> Findings,
                       const ProgramSummaries &Program);

} // namespace metrics_init_check

#endif
