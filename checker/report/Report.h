//===--- Report.h - Findings resolved to files, lines and columns -*- C++ -*-===//
//
// What the CLI's reporters write. A ResolvedFinding no longer refers to a
// TU's SourceManager, so findings from many TUs (and worker threads) can be
// merged, deduplicated, sorted and written after the ASTs are gone.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_REPORT_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_REPORT_H

#include "Finding.h"
#include "PlacedFinding.h"

#include "clang/Basic/SourceManager.h"

#include <string>
#include <vector>

namespace metrics_init_check {

struct ResolvedLocation {
  std::string File; ///< absolute, normalised path; empty when unknown
  unsigned Line = 0, Column = 0;       ///< 1-based; Column counts bytes
  unsigned EndLine = 0, EndColumn = 0; ///< end is exclusive
  /// Columns in Unicode code points, as SARIF's columnKind says.
  unsigned CodePointColumn = 0, EndCodePointColumn = 0;
  unsigned Offset = 0, Length = 0; ///< bytes into the file
  std::string LineText;            ///< the first line, for fingerprints

  bool valid() const { return !File.empty() && Line > 0; }
};

struct ResolvedNote {
  ResolvedLocation Where;
  std::string Message;
};

struct ResolvedReplacement {
  ResolvedLocation Where; ///< the text replaced (empty for an insertion)
  std::string Text;
};

struct ResolvedFinding {
  std::string RuleId;
  Level Severity = Level::Warning;
  std::string Message;
  ResolvedLocation Where;
  std::vector<ResolvedNote> Related;
  std::vector<ResolvedNote> Flow;
  std::vector<ResolvedReplacement> Fixes;
  std::string FixDescription;
  std::string MainFile; ///< the TU it was found in
  /// The NOLINT comment that suppresses it, if any: reported as an
  /// in-source suppression, never counted against --fail-on.
  std::optional<std::string> Suppression;
};

/// Something about the run itself: a TU that could not be analysed, a file
/// that could not be read.
struct Notification {
  Level Severity = Level::Error;
  std::string Message;
  std::string File; ///< may be empty
};

struct Report {
  std::vector<ResolvedFinding> Findings;
  std::vector<Notification> Notifications;
  std::vector<std::string> AnalysedFiles;
  std::vector<std::string> FailedFiles;
  std::string SourceRoot; ///< absolute, ends without a slash
  std::vector<std::string> CommandLine;

  /// Sorts findings (file, line, column, rule, message) and drops
  /// duplicates found through more than one TU.
  void normalise();
};

ResolvedLocation resolve(const clang::SourceManager &SM,
                         clang::CharSourceRange Range);
ResolvedFinding resolve(const clang::SourceManager &SM, const Finding &F,
                        llvm::StringRef MainFile);
/// A whole-program finding, placed by reading its files (they may be
/// CMakeLists.txt as well as sources). Positions that cannot be read stay
/// without offsets; a fix that cannot be placed in full is dropped.
ResolvedFinding resolve(const PlacedFinding &F);

} // namespace metrics_init_check

#endif
