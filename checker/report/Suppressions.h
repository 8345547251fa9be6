//===--- Suppressions.h - An external suppression file -----------*- C++ -*-===//
//
// Some findings are decided but cannot carry a NOLINT comment (generated or
// vendored code, a file owned by another team). A suppression file lists
// them, each with the justification a reviewer asked for:
//
//   {
//     "suppressions": [
//       {
//         "rule": "metrics-env-conditional-init",       (a glob: metrics-*)
//         "file": "src/legacy/*",                        (glob, relative to
//                                                         --source-root)
//         "line": "StartExposer()",                      (optional)
//         "fingerprint": "1f0c...",                      (optional)
//         "justification": "legacy batch jobs export no metrics (OPS-412)"
//       }
//     ]
//   }
//
// "line" matches when the finding's primary line contains it (spaces and
// tabs ignored); "fingerprint" is the finding's identity (SARIF fingerprints
// "metrics-init-check/identity/v1", JSON "fingerprint"). A suppressed
// finding stays in SARIF with an `external` suppression and never fails the
// run. An entry that matched nothing is stale and reported as a warning.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_SUPPRESSIONS_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_SUPPRESSIONS_H

#include "Report.h"
#include "RuleRegistry.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"

namespace metrics_init_check {

class SuppressionFile {
public:
  /// Reads and checks \p Path: every entry needs a rule that names one of
  /// \p Rules, a file glob and a justification; unknown keys are errors
  /// (a misspelt "fingerprnt" would silently widen the entry).
  static llvm::Expected<SuppressionFile> load(llvm::StringRef Path,
                                              const RuleRegistry &Rules);
  /// load() on text already read from \p Path (for the fuzzers).
  static llvm::Expected<SuppressionFile>
  parse(llvm::StringRef Text, llvm::StringRef Path, const RuleRegistry &Rules);

  /// Marks the unsuppressed findings of \p R that an entry matches, and
  /// adds a warning notification for every entry that matched none (in a
  /// run of the whole database only: a partial run cannot tell).
  void apply(Report &R) const;

private:
  struct Entry {
    // Globs are compiled where they are used: llvm::GlobPattern keeps a
    // reference into its pattern string, which must not move.
    std::string RuleText, FileText;
    std::string Line;        ///< normalised; empty for any
    std::string Fingerprint; ///< empty for any
    std::string Justification;
    unsigned Position = 0; ///< line of the entry in the file
  };
  std::string Path;
  std::vector<Entry> Entries;
};

} // namespace metrics_init_check

#endif
