//===--- PreprocessorLog.h - Every #if region of a TU, taken or not -*- C++ -*-===//
//
// The AST of one build configuration cannot show what another one
// compiles. This log holds every conditional-compilation block of the
// project's own files that the TU reads: each branch (#if, #elif, #else,
// and the implicit empty #else), its directive, its text range, and whether
// this configuration skipped it. The blocks are read from the files' text
// once the TU is preprocessed, so they are the same in every configuration
// (the preprocessor reports nothing inside skipped text, nor the #elif/#else
// after a taken #if). Front ends attach callbacks() before parsing and hand
// the log to Engine::analyze.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_PREPROCESSORLOG_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_PREPROCESSORLOG_H

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
  bool Errors = false;   ///< holds an #error: this side does not build
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

  /// Read from the files on first use, after preprocessing.
  const std::vector<ConditionalBlock> &blocks() const;

  /// A debug dump: one line per branch, "#ifndef NDEBUG [skipped] 12-15".
  void dump(llvm::raw_ostream &OS, const clang::SourceManager &SM) const;

private:
  friend class PreprocessorRecorder;
  void readBlocks(clang::FileID File) const;
  void markSkipped(ConditionalBlock &B) const;

  const clang::SourceManager *SM = nullptr;
  /// The project's own files the TU entered, and what this configuration
  /// skipped in them.
  mutable std::vector<clang::FileID> Files;
  std::vector<clang::SourceRange> Skipped;
  mutable std::vector<ConditionalBlock> Blocks;
  mutable bool Read = false;
};

} // namespace metrics_init_check

#endif
