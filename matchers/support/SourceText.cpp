//===--- SourceText.cpp - Spelling of code in messages and fixes -----------===//

#include "SourceText.h"
#include "StatementParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

namespace metrics_init_check {

using namespace clang;

std::string spelling(const ASTContext &Ctx, SourceRange Range,
                     unsigned MaxChars) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Chars = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Range), SM, Ctx.getLangOpts());
  if (Chars.isInvalid()) {
    // Inside a macro: show the macro use as written.
    Chars = SM.getExpansionRange(Range);
    Chars = Lexer::makeFileCharRange(Chars, SM, Ctx.getLangOpts());
    if (Chars.isInvalid())
      return "";
  }
  llvm::StringRef Text = Lexer::getSourceText(Chars, SM, Ctx.getLangOpts());
  std::string Out;
  bool Space = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '\n' || C == '\r' || C == '\t' || C == ' ') {
      Space = !Out.empty();
      continue;
    }
    // A builder chain broken over lines reads as one call:
    // `BuildCounter().Name("x")`, not `BuildCounter() .Name("x")`.
    bool Joins = C == '.' || C == ')' || Text.substr(I).starts_with("->") ||
                 (!Out.empty() && (Out.back() == '(' || Out.back() == '.'));
    if (Space && !Joins)
      Out += ' ';
    Space = false;
    Out += C;
  }
  if (Out.size() > MaxChars)
    Out = Out.substr(0, MaxChars - 3) + "...";
  return Out;
}

llvm::StringRef lineOf(const SourceManager &SM, SourceLocation Loc,
                       unsigned *LineStart) {
  auto [File, Offset] = SM.getDecomposedLoc(SM.getExpansionLoc(Loc));
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return "";
  size_t Start = Offset == 0 ? llvm::StringRef::npos
                             : Buffer.rfind('\n', Offset - 1);
  Start = Start == llvm::StringRef::npos ? 0 : Start + 1;
  size_t End = Buffer.find('\n', Offset);
  if (LineStart)
    *LineStart = Start;
  return Buffer.slice(Start, End);
}

std::string lineIndent(const ASTContext &Ctx, SourceLocation Loc) {
  llvm::StringRef Line = lineOf(Ctx.getSourceManager(), Loc);
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; }).str();
}

SourceRange spelledRange(ASTContext &Ctx, const Stmt *S) {
  if (!isa<CXXConstructExpr>(S))
    return S->getSourceRange();
  // Once per message, for a construction only: a map of this function
  // rather than of the TU.
  StatementParents Parents(Ctx);
  // Through ExprWithCleanups and the like, up to the declaration.
  const Stmt *At = S;
  for (unsigned Depth = 0; Depth < 3; ++Depth) {
    DynTypedNodeList Up = Parents.of(*At);
    if (Up.empty())
      break;
    if (const auto *VD = Up[0].get<VarDecl>())
      return VD->getSourceRange();
    At = Up[0].get<Expr>();
    if (!At)
      break;
  }
  return S->getSourceRange();
}

std::string absolutePath(const SourceManager &SM, FileID File) {
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  if (!Entry)
    return "";
  llvm::SmallString<256> Path(Entry->getName());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

FilePosition filePosition(const SourceManager &SM, SourceLocation Loc) {
  FilePosition Out;
  Loc = SM.getExpansionLoc(Loc);
  Out.File = absolutePath(SM, SM.getFileID(Loc));
  if (Out.File.empty())
    return Out;
  Out.Line = SM.getExpansionLineNumber(Loc);
  Out.Column = SM.getExpansionColumnNumber(Loc);
  return Out;
}

std::vector<RawToken> rawTokens(const SourceManager &SM, const LangOptions &LO,
                                SourceLocation Begin, SourceLocation End) {
  std::vector<RawToken> Tokens;
  auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || BeginOffset > Buffer.size())
    return Tokens;
  unsigned EndOffset = Buffer.size();
  if (End.isValid()) {
    if (SM.getFileID(End) != File)
      return Tokens;
    EndOffset = std::min<unsigned>(SM.getFileOffset(End), Buffer.size());
  }
  Lexer Raw(SM.getLocForStartOfFile(File), LO, Buffer.begin(),
            Buffer.begin() + BeginOffset, Buffer.end());
  Token Tok;
  while (!Raw.LexFromRawLexer(Tok)) {
    unsigned Offset = SM.getFileOffset(Tok.getLocation());
    if (Offset >= EndOffset)
      break;
    Tokens.push_back({Tok.getKind(),
                      llvm::StringRef(Buffer.data() + Offset, Tok.getLength()),
                      Offset});
  }
  return Tokens;
}

} // namespace metrics_init_check
