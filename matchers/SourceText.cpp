//===--- SourceText.cpp - Spelling of code in messages and fixes -----------===//

#include "SourceText.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace metrics_init_check {

using namespace clang;

std::string spelling(const ASTContext &Ctx, SourceRange Range,
                     unsigned MaxChars) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Chars = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Range), SM, Ctx.getLangOpts());
  if (Chars.isInvalid())
    return "";
  llvm::StringRef Text = Lexer::getSourceText(Chars, SM, Ctx.getLangOpts());
  std::string Out;
  bool Space = false;
  for (char C : Text) {
    if (C == '\n' || C == '\r' || C == '\t' || C == ' ') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
  }
  if (Out.size() > MaxChars)
    Out = Out.substr(0, MaxChars - 3) + "...";
  return Out;
}

std::string lineIndent(const ASTContext &Ctx, SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  Loc = SM.getExpansionLoc(Loc);
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return "";
  size_t LineStart = Buffer.rfind('\n', Offset);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  size_t End = LineStart;
  while (End < Buffer.size() && (Buffer[End] == ' ' || Buffer[End] == '\t'))
    ++End;
  return Buffer.substr(LineStart, End - LineStart).str();
}

} // namespace metrics_init_check
