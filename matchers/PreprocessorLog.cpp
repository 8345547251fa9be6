//===--- PreprocessorLog.cpp - Every #if region of a TU, taken or not ------===//

#include "PreprocessorLog.h"
#include "SourceText.h"

#include "clang/Basic/IdentifierTable.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Token.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace metrics_init_check {

using namespace clang;

class PreprocessorRecorder : public PPCallbacks {
public:
  PreprocessorRecorder(PreprocessorLog &Log, const SourceManager &SM)
      : Log(Log), SM(SM) {}

  void If(SourceLocation Loc, SourceRange, ConditionValueKind) override {
    open(Loc);
  }
  void Ifdef(SourceLocation Loc, const Token &, const MacroDefinition &) override {
    open(Loc);
  }
  void Ifndef(SourceLocation Loc, const Token &Name,
              const MacroDefinition &) override {
    open(Loc);
    if (!Open.empty() && Name.getIdentifierInfo())
      Open.back().GuardCandidate = Name.getIdentifierInfo()->getName().str();
  }
  void Elif(SourceLocation Loc, SourceRange, ConditionValueKind,
            SourceLocation) override {
    branch(Loc);
  }
  void Elifdef(SourceLocation Loc, const Token &, const MacroDefinition &) override {
    branch(Loc);
  }
  void Elifdef(SourceLocation Loc, SourceRange, SourceLocation) override {
    branch(Loc);
  }
  void Elifndef(SourceLocation Loc, const Token &, const MacroDefinition &) override {
    branch(Loc);
  }
  void Elifndef(SourceLocation Loc, SourceRange, SourceLocation) override {
    branch(Loc);
  }
  void Else(SourceLocation Loc, SourceLocation) override { branch(Loc); }

  void Endif(SourceLocation Loc, SourceLocation) override {
    if (Open.empty())
      return;
    Pending P = std::move(Open.back());
    Open.pop_back();
    if (P.InSystemHeader)
      return;
    ConditionalBlock &B = P.Block;
    B.Endif = Loc;
    closeLast(B, Loc);
    if (B.Branches.back().DirectiveText.rfind("#else", 0) != 0) {
      // No #else: the configurations that take no branch compile nothing.
      ConditionalBranch Implicit;
      Implicit.Directive = hashOf(Loc);
      Implicit.DirectiveText = "#endif";
      Implicit.Begin = Implicit.End = Loc;
      Implicit.Implicit = true;
      B.Branches.push_back(Implicit);
    }
    markSkipped(B);
    B.IncludeGuard = P.GuardConfirmed && B.Branches.size() == 2;
    Log.Blocks.push_back(std::move(B));
  }

  void SourceRangeSkipped(SourceRange Range, SourceLocation) override {
    // Reported when skipping ends, before the #endif that closes the
    // block: Endif marks its branches. System headers are not ours.
    if (!SM.isInSystemHeader(Range.getBegin()))
      Skipped.push_back(Range);
  }

  void MacroDefined(const Token &Name, const MacroDirective *) override {
    // `#ifndef X` directly followed by `#define X`: an include guard.
    if (Open.empty() || !Name.getIdentifierInfo() || Open.back().InSystemHeader)
      return;
    Pending &P = Open.back();
    if (!P.GuardCandidate.empty() && P.Block.Branches.size() == 1 &&
        Name.getIdentifierInfo()->getName() == P.GuardCandidate &&
        SM.getSpellingLineNumber(Name.getLocation()) ==
            SM.getSpellingLineNumber(P.Block.Branches[0].Directive) + 1)
      P.GuardConfirmed = true;
    P.GuardCandidate.clear();
  }

private:
  struct Pending {
    ConditionalBlock Block;
    bool InSystemHeader = false; ///< kept for nesting only
    std::string GuardCandidate;
    bool GuardConfirmed = false;
  };

  /// The directive's text from its '#', without a trailing comment.
  std::string lineText(SourceLocation Hash) const {
    unsigned LineStart = 0;
    llvm::StringRef Line = lineOf(SM, Hash, &LineStart);
    Line = Line.drop_front(SM.getFileOffset(Hash) - LineStart).rtrim();
    size_t Comment = Line.find("//");
    if (Comment != llvm::StringRef::npos)
      Line = Line.take_front(Comment).rtrim();
    return Line.str();
  }

  /// Where the code after the directive at \p Loc starts: the next line.
  SourceLocation afterLine(SourceLocation Loc) const {
    unsigned LineStart = 0;
    llvm::StringRef Line = lineOf(SM, Loc, &LineStart);
    unsigned Next = LineStart + Line.size();
    FileID File = SM.getFileID(Loc);
    if (Next < SM.getBufferData(File).size())
      ++Next; // past the newline
    return SM.getComposedLoc(File, Next);
  }

  /// The '#' that starts the directive whose keyword is at \p Loc.
  SourceLocation hashOf(SourceLocation Loc) const {
    unsigned LineStart = 0;
    llvm::StringRef Line = lineOf(SM, Loc, &LineStart);
    size_t Hash = Line.find('#');
    if (Hash == llvm::StringRef::npos ||
        LineStart + Hash > SM.getFileOffset(Loc))
      return Loc;
    return SM.getComposedLoc(SM.getFileID(Loc), LineStart + Hash);
  }

  void open(SourceLocation Loc) {
    Pending P;
    if (SM.isInSystemHeader(Loc)) {
      P.InSystemHeader = true;
      Open.push_back(std::move(P));
      return;
    }
    ConditionalBranch First;
    First.Directive = hashOf(Loc);
    First.DirectiveText = lineText(First.Directive);
    First.Begin = afterLine(Loc);
    P.Block.Branches.push_back(First);
    collectMacros(P.Block, First.DirectiveText);
    Open.push_back(std::move(P));
  }

  void branch(SourceLocation Loc) {
    if (Open.empty() || Open.back().InSystemHeader)
      return;
    ConditionalBlock &B = Open.back().Block;
    closeLast(B, Loc);
    ConditionalBranch Next;
    Next.Directive = hashOf(Loc);
    Next.DirectiveText = lineText(Next.Directive);
    Next.Begin = afterLine(Loc);
    B.Branches.push_back(Next);
    collectMacros(B, Next.DirectiveText);
    Open.back().GuardCandidate.clear();
  }

  void closeLast(ConditionalBlock &B, SourceLocation Loc) {
    B.Branches.back().End = hashOf(Loc);
  }

  void markSkipped(ConditionalBlock &B) {
    for (ConditionalBranch &Br : B.Branches) {
      if (Br.Implicit || Br.End.isInvalid() || Br.Begin == Br.End)
        continue;
      for (SourceRange R : Skipped)
        if (SM.isBeforeInTranslationUnit(R.getBegin(), Br.End) &&
            SM.isBeforeInTranslationUnit(Br.Begin, R.getEnd()))
          Br.Skipped = true;
    }
  }

  static void collectMacros(ConditionalBlock &B, llvm::StringRef Directive) {
    // Identifiers after the directive keyword.
    Directive = Directive.ltrim("# \t");
    Directive = Directive.drop_while([](char C) { return llvm::isAlpha(C); });
    std::string Current;
    auto Flush = [&] {
      if (!Current.empty() && Current != "defined" &&
          !llvm::isDigit(Current[0]))
        B.Macros.push_back(Current);
      Current.clear();
    };
    for (char C : Directive) {
      if (llvm::isAlnum(C) || C == '_')
        Current += C;
      else
        Flush();
    }
    Flush();
  }

  PreprocessorLog &Log;
  const SourceManager &SM;
  std::vector<Pending> Open;
  std::vector<SourceRange> Skipped;
};

std::unique_ptr<PPCallbacks>
PreprocessorLog::callbacks(const SourceManager &SM) {
  Blocks.clear();
  return std::make_unique<PreprocessorRecorder>(*this, SM);
}

void PreprocessorLog::dump(llvm::raw_ostream &OS,
                           const SourceManager &SM) const {
  for (const ConditionalBlock &B : Blocks) {
    OS << "block" << (B.IncludeGuard ? " (include guard)" : "") << ":";
    for (const std::string &M : B.Macros)
      OS << " " << M;
    OS << "\n";
    for (const ConditionalBranch &Br : B.Branches)
      OS << "  " << Br.DirectiveText << (Br.Implicit ? " (implicit else)" : "")
         << (Br.Skipped ? " [skipped]" : " [active]") << " lines "
         << SM.getSpellingLineNumber(Br.Begin) << "-"
         << SM.getSpellingLineNumber(Br.End) << "\n";
  }
}

} // namespace metrics_init_check
