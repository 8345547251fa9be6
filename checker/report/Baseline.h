//===--- Baseline.h - Results compared with a previous SARIF -----*- C++ -*-===//
//
// --baseline=PREVIOUS.sarif marks every result with SARIF's baselineState so
// CI can fail on what a change introduces and nothing else. Results are
// matched by the identities in Fingerprint.h, which leave out line numbers
// and file names:
//   - same full identity                        -> unchanged
//   - same rule, function and line text, or
//     same rule, function and message           -> updated
//   - no match                                  -> new
//   - a previous result not found again         -> absent; in a partial run
//     (file arguments, --changed-since) only when its file was read, since
//     the run says nothing about the rest.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_BASELINE_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_BASELINE_H

#include "Report.h"

#include "llvm/Support/Error.h"

namespace metrics_init_check {

/// One result of the previous run.
struct BaselineResult {
  std::string Full, ByLine, ByMessage; ///< FindingIdentity
  /// The result as it was, its file resolved against the current source
  /// root (checkouts in CI rarely share a path).
  ResolvedFinding Previous;
};

/// Reads a SARIF file written by this tool. Anything else, or a file that is
/// not there, is an error that names the file and what is wrong.
llvm::Expected<std::vector<BaselineResult>>
loadBaseline(llvm::StringRef Path, llvm::StringRef SourceRoot);

/// loadBaseline on text already read from \p Path (for the fuzzers).
llvm::Expected<std::vector<BaselineResult>>
parseBaseline(llvm::StringRef Text, llvm::StringRef Path,
              llvm::StringRef SourceRoot);

struct BaselineCounts {
  unsigned New = 0, Unchanged = 0, Updated = 0, Absent = 0;
  unsigned NotCompared = 0; ///< previous results in files this run did not read
};

/// Sets Baseline on every finding of \p R and fills R.Absent.
BaselineCounts applyBaseline(Report &R, std::vector<BaselineResult> Previous);

/// "1 new, 41 unchanged, 0 updated, 2 absent; 3 in files this run did not
/// read", for the run's summary.
std::string describe(const BaselineCounts &Counts);

} // namespace metrics_init_check

#endif
