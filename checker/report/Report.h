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
#include "ProgramVerdicts.h"

#include "clang/Basic/SourceManager.h"

#include <map>
#include <optional>
#include <set>
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
  unsigned Nesting = 0; ///< a path step's call depth
};

struct ResolvedReplacement {
  ResolvedLocation Where; ///< the text replaced (empty for an insertion)
  std::string Text;
  /// contentHash() of the file the offsets were computed on: --fix leaves a
  /// file alone that has changed since (an editor, a concurrent build).
  std::string ContentHash = {};
};

/// SHA-256 of \p Contents, as ResolvedReplacement::ContentHash holds it.
std::string contentHash(llvm::StringRef Contents);

/// An entry of a suppression file (Suppressions.h) that matched a finding.
struct ExternalSuppression {
  std::string Justification;
  std::string File; ///< the suppression file
  unsigned Line = 0; ///< of the entry in it
};

/// SARIF's result.baselineState; None when no baseline was given.
enum class BaselineState { None, New, Unchanged, Updated, Absent };
llvm::StringRef baselineStateName(BaselineState S);

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
  /// An entry of the --suppressions file that matches it, if any.
  std::optional<ExternalSuppression> External;
  /// Qualified name of the function the primary location is in; empty at
  /// namespace scope. Part of the baseline identity (not the line number).
  std::string Function;
  /// GitHub's primaryLocationLineHash ("hash:N"), see LineHash.h.
  std::string LineHash;
  /// Set by --baseline.
  BaselineState Baseline = BaselineState::None;
  /// An absent result's fingerprints as the previous run wrote them (its
  /// line text is gone, so they cannot be computed again).
  std::vector<std::pair<std::string, std::string>> PreviousFingerprints;

  bool suppressed() const { return Suppression || External; }
};

/// Something about the run itself: a TU that could not be analysed, a file
/// that could not be read.
struct Notification {
  Level Severity = Level::Error;
  std::string Message;
  std::string File = {}; ///< may be empty
};

/// Why Report::Prefiltered's TUs were not parsed, as the summary and
/// SARIF say it.
inline constexpr const char *PrefilterReason =
    "they name no rule-pack API, object, serve or entry point, environment "
    "source or metrics switch, define no main, and name no function of a TU "
    "that does";

/// \p File relative to \p Root when it is under it, else as it is.
std::string relativePath(llvm::StringRef Root, llvm::StringRef File);

struct Report {
  std::vector<ResolvedFinding> Findings;
  std::vector<Notification> Notifications;
  std::vector<std::string> AnalysedFiles;
  std::vector<std::string> FailedFiles;
  /// Test and benchmark programs analysed but not as services: file ->
  /// why it is one (CodeOwnership::testProgram).
  std::map<std::string, std::string> TestPrograms;
  /// Per TU, findings dropped because their place is not the project's
  /// own code (a library's, a dependency's, a system header).
  std::map<std::string, unsigned> NotOwnedFindings;
  /// Per TU analysed despite compile errors (RunnerOptions::TolerateErrors),
  /// how many errors clang recovered from; each header not found (skipped,
  /// the TU's later includes still read) counts as one.
  std::map<std::string, unsigned> RecoveredErrors;
  /// TUs the prefilter left out without parsing them: they name nothing
  /// any enabled rule reads (checker/common/Prefilter.h).
  std::vector<std::string> Prefiltered;
  std::string SourceRoot; ///< absolute, ends without a slash
  std::vector<std::string> CommandLine;
  /// Every file the analysed TUs read (main files and headers): what a
  /// baseline result could have been found again in. A set, since
  /// thousands of TUs read the same headers.
  std::set<std::string> SeenFiles;
  /// Baseline results not found again (baselineState "absent"); never
  /// counted, only written to SARIF.
  std::vector<ResolvedFinding> Absent;
  /// False when only part of the database was analysed (file arguments,
  /// --changed-since): stale suppressions cannot be told apart then.
  bool WholeDatabase = true;
  /// One verdict per program (ProgramVerdicts.h), when the whole-program
  /// pass ran: what the audit report and SARIF's run properties show.
  std::vector<ProgramVerdict> Programs;
  bool HasVerdicts = false;
  /// Every metric the analysed TUs define, each once (MetricsInventory.h).
  std::vector<MetricRecord> Inventory;
  /// Repositories named by the front end (the scan's names), root ->
  /// name, roots absolute; empty: the audit takes the nearest folder
  /// holding .git.
  std::map<std::string, std::string> RepositoryNames;

  /// \p File relative to SourceRoot when it is under it, else as it is:
  /// how text, Code Quality and suppression globs name files.
  std::string relativePath(llvm::StringRef File) const {
    return metrics_init_check::relativePath(SourceRoot, File);
  }

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
