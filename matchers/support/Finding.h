//===--- Finding.h - What a rule reports, inside one TU ----------*- C++ -*-===//
//
// Findings are produced while the TU's AST is alive and carry clang source
// locations, so the clang-tidy plugin can turn them into diag() calls and
// FixItHints directly. The CLI resolves them to files and lines
// (checker/report) before the AST goes away.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_SUPPORT_FINDING_H
#define METRICS_INIT_CHECK_MATCHERS_SUPPORT_FINDING_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"

#include <functional>
#include <string>
#include <vector>

namespace metrics_init_check {

enum class Level { None, Note, Warning, Error };
llvm::StringRef levelName(Level L);
/// Parses "note", "warning", "error" or "none".
std::optional<Level> parseLevel(llvm::StringRef Text);

/// A place in a file: absolute path, 1-based line and byte column.
struct FilePosition {
  std::string File;
  unsigned Line = 0, Column = 0;
  bool valid() const { return !File.empty() && Line > 0; }
};

/// A place that explains a finding: the deciding condition, the outcome that
/// skips the init, the serve point it reaches.
struct RelatedLocation {
  clang::SourceRange Range;
  std::string Message;
  /// A place in another TU's file, known only from the index (Range is
  /// then invalid).
  FilePosition Elsewhere = {};
  /// For a path step: how deep in calls from the entry it is (0: in the
  /// entry function itself).
  unsigned Nesting = 0;
};

struct Finding {
  std::string RuleId;
  Level Severity = Level::Warning;
  std::string Message;
  clang::SourceRange Range;
  std::vector<RelatedLocation> Related;
  /// The skipping path, step by step (SARIF codeFlows, text notes).
  std::vector<RelatedLocation> Flow;
  /// Edits of one suggested fix; empty when no fix is safe.
  std::vector<clang::FixItHint> Fixes;
  std::string FixDescription;
};

using FindingSink = std::function<void(Finding)>;

} // namespace metrics_init_check

#endif
