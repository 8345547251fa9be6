//===--- SourceText.h - Spelling of code in messages and fixes ---*- C++ -*-===//

#ifndef METRICS_INIT_CHECK_MATCHERS_SUPPORT_SOURCETEXT_H
#define METRICS_INIT_CHECK_MATCHERS_SUPPORT_SOURCETEXT_H

#include "Finding.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/TokenKinds.h"

#include <string>
#include <vector>

namespace metrics_init_check {

/// The code of \p Range as written, on one line, shortened to \p MaxChars.
std::string spelling(const clang::ASTContext &Ctx, clang::SourceRange Range,
                     unsigned MaxChars = 60);

/// The text of the line holding \p Loc (file location), and its offset.
llvm::StringRef lineOf(const clang::SourceManager &SM, clang::SourceLocation Loc,
                       unsigned *LineStart = nullptr);

/// The whitespace that starts the line of \p Loc.
std::string lineIndent(const clang::ASTContext &Ctx, clang::SourceLocation Loc);

/// What a reader would call the code of \p S: for a variable constructed
/// without parentheses (`MetricsService svc;`), its declaration, not just
/// its name.
clang::SourceRange spelledRange(clang::ASTContext &Ctx, const clang::Stmt *S);

/// Where \p Loc is expanded, as an absolute path, line and column: a place
/// that outlives the TU (stored in the index).
/// The absolute, normalised path of \p File; empty when it is not a file.
/// Relative names are relative to the compile command's directory (Meson
/// writes "file": "../src/x.cpp"), which only the TU's file manager knows.
std::string absolutePath(const clang::SourceManager &SM, clang::FileID File);

FilePosition filePosition(const clang::SourceManager &SM,
                          clang::SourceLocation Loc);

/// A token of text lexed raw, without preprocessing: what code the
/// preprocessor skipped is made of.
struct RawToken {
  clang::tok::TokenKind Kind;
  llvm::StringRef Text; ///< its spelling, into the file's buffer
  unsigned Offset;      ///< into the file
  bool is(clang::tok::TokenKind K) const { return Kind == K; }
};

/// The raw tokens of one file from \p Begin up to \p End (exclusive; to
/// the end of the file when \p End is invalid).
std::vector<RawToken> rawTokens(const clang::SourceManager &SM,
                                const clang::LangOptions &LO,
                                clang::SourceLocation Begin,
                                clang::SourceLocation End);

} // namespace metrics_init_check

#endif
