//===--- PreprocessorLog.h - Every #if region of a TU, taken or not -*- C++ -*-===//
//
// The AST of one build configuration cannot show what another one
// compiles. This log records every conditional-compilation block while the
// TU is preprocessed: each branch (#if, #elif, #else, and the implicit empty
// #else), its condition, its text range, and whether the preprocessor
// skipped it. Front ends attach callbacks() before parsing and hand the log
// to Engine::analyze.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_PREPROCESSORLOG_H
#define METRICS_INIT_CHECK_MATCHERS_PREPROCESSORLOG_H

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"

#include <memory>
#include <string>
#include <vector>

namespace metrics_init_check {

struct ConditionalBranch {
  clang::SourceLocation Directive; ///< the '#' of #if/#elif/#else
  std::string DirectiveText;       ///< "#ifndef NDEBUG", "#else"
  /// The code between this directive's line and the next directive.
  clang::SourceLocation Begin, End;
  bool Skipped = false;
  bool Implicit = false; ///< the empty #else a block without one has
};

struct ConditionalBlock {
  std::vector<ConditionalBranch> Branches;
  clang::SourceLocation Endif;
  /// Identifiers in the conditions (NDEBUG, ENABLE_METRICS, _WIN32).
  std::vector<std::string> Macros;
  bool IncludeGuard = false;
};

class PreprocessorLog {
public:
  /// Callbacks that fill this log; the log must outlive preprocessing.
  std::unique_ptr<clang::PPCallbacks> callbacks(const clang::SourceManager &SM);

  const std::vector<ConditionalBlock> &blocks() const { return Blocks; }

  /// A debug dump: one line per branch, "#ifndef NDEBUG [skipped] 12-15".
  void dump(llvm::raw_ostream &OS, const clang::SourceManager &SM) const;

private:
  friend class PreprocessorRecorder;
  std::vector<ConditionalBlock> Blocks;
};

} // namespace metrics_init_check

#endif
