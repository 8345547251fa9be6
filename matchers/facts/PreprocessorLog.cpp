//===--- PreprocessorLog.cpp - Every #if region of a TU, taken or not ------===//

#include "PreprocessorLog.h"

#include "clang/Basic/IdentifierTable.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Token.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// One preprocessor directive line: its keyword and text.
struct DirectiveLine {
  unsigned Offset;       ///< of the '#'
  unsigned NextLine;     ///< offset where the following line starts
  llvm::StringRef Keyword;
  std::string Text;      ///< "#ifndef NDEBUG", without a trailing comment
};

/// The directive lines of a file, continuation lines joined.
std::vector<DirectiveLine> directiveLines(llvm::StringRef Buffer) {
  std::vector<DirectiveLine> Out;
  size_t Pos = 0;
  while (Pos < Buffer.size()) {
    size_t End = Buffer.find('\n', Pos);
    if (End == llvm::StringRef::npos)
      End = Buffer.size();
    // Join "\"-continued lines.
    size_t LogicalEnd = End;
    while (LogicalEnd > Pos && LogicalEnd < Buffer.size() &&
           Buffer.slice(Pos, LogicalEnd).rtrim("\r").ends_with("\\")) {
      size_t Next = Buffer.find('\n', LogicalEnd + 1);
      LogicalEnd = Next == llvm::StringRef::npos ? Buffer.size() : Next;
    }
    llvm::StringRef Line = Buffer.slice(Pos, LogicalEnd);
    llvm::StringRef Trimmed = Line.ltrim(" \t");
    if (Trimmed.starts_with("#")) {
      llvm::StringRef Rest = Trimmed.drop_front().ltrim(" \t");
      llvm::StringRef Keyword =
          Rest.take_while([](char C) { return llvm::isAlpha(C); });
      std::string Text = ("#" + Rest).str();
      size_t Comment = Text.find("//");
      if (Comment != std::string::npos)
        Text = llvm::StringRef(Text).take_front(Comment).rtrim().str();
      size_t CBlock = Text.find("/*");
      if (CBlock != std::string::npos)
        Text = llvm::StringRef(Text).take_front(CBlock).rtrim().str();
      Out.push_back({static_cast<unsigned>(Pos + (Line.size() - Trimmed.size())),
                     static_cast<unsigned>(std::min(LogicalEnd + 1, Buffer.size())),
                     Keyword, Text});
    }
    Pos = LogicalEnd + 1;
  }
  return Out;
}

/// The macro an include guard would test: X in "#ifndef X" or
/// "#if !defined(X)" / "#if !defined X".
std::string guardMacro(llvm::StringRef Directive) {
  llvm::StringRef D = Directive.drop_front().ltrim(" \t");
  if (D.consume_front("ifndef"))
    return D.trim().str();
  if (!D.consume_front("if"))
    return "";
  D = D.trim();
  if (!D.consume_front("!"))
    return "";
  D = D.ltrim();
  if (!D.consume_front("defined"))
    return "";
  D = D.trim();
  if (D.consume_front("(") && D.consume_back(")"))
    D = D.trim();
  bool Identifier = !D.empty() && llvm::all_of(D, [](char C) {
    return llvm::isAlnum(C) || C == '_';
  });
  return Identifier ? D.str() : "";
}

void collectMacros(ConditionalBlock &B, llvm::StringRef Directive) {
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

} // namespace

/// Notes the project's own files as the TU enters them and what this
/// configuration skips; reads every file's conditional blocks at the end.
class PreprocessorRecorder : public PPCallbacks {
public:
  PreprocessorRecorder(PreprocessorLog &Log, const SourceManager &SM)
      : Log(Log), SM(SM) {}

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind Kind, FileID) override {
    if (Reason != EnterFile || Kind != SrcMgr::C_User)
      return;
    FileID File = SM.getFileID(SM.getExpansionLoc(Loc));
    if (File.isValid() && SM.getFileEntryRefForID(File) &&
        !llvm::is_contained(Log.Files, File))
      Log.Files.push_back(File);
  }

  void SourceRangeSkipped(SourceRange Range, SourceLocation) override {
    if (!SM.isInSystemHeader(Range.getBegin()))
      Log.Skipped.push_back(Range);
  }

  // The blocks are read when first asked for (PreprocessorLog::blocks()):
  // the AST consumer runs before the preprocessor's end-of-file callback.

  PreprocessorLog &Log;
  const SourceManager &SM;
};

std::unique_ptr<PPCallbacks>
PreprocessorLog::callbacks(const SourceManager &SM) {
  Blocks.clear();
  Files.clear();
  Skipped.clear();
  Read = false;
  this->SM = &SM;
  return std::make_unique<PreprocessorRecorder>(*this, SM);
}

const std::vector<ConditionalBlock> &PreprocessorLog::blocks() const {
  if (!Read && SM) {
    Read = true;
    FileID Main = SM->getMainFileID();
    if (!llvm::is_contained(Files, Main))
      Files.insert(Files.begin(), Main);
    for (FileID File : Files)
      readBlocks(File);
  }
  return Blocks;
}

void PreprocessorLog::readBlocks(FileID File) const {
    const SourceManager &SM = *this->SM;
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
    if (Invalid)
      return;
    auto Loc = [&](unsigned Offset) { return SM.getComposedLoc(File, Offset); };
    struct Open {
      ConditionalBlock Block;
      std::string Guard;
      bool GuardConfirmed = false;
    };
    std::vector<Open> Stack;
    std::vector<DirectiveLine> Lines = directiveLines(Buffer);
    for (size_t I = 0; I < Lines.size(); ++I) {
      const DirectiveLine &L = Lines[I];
      llvm::StringRef K = L.Keyword;
      if (K == "if" || K == "ifdef" || K == "ifndef") {
        Open O;
        ConditionalBranch First;
        First.Directive = Loc(L.Offset);
        First.DirectiveText = L.Text;
        First.Begin = Loc(L.NextLine);
        O.Block.Branches.push_back(First);
        collectMacros(O.Block, L.Text);
        O.Guard = guardMacro(L.Text);
        Stack.push_back(std::move(O));
      } else if (Stack.empty()) {
        continue; // unbalanced: not ours to judge
      } else if (K == "elif" || K == "elifdef" || K == "elifndef" ||
                 K == "else") {
        ConditionalBlock &B = Stack.back().Block;
        B.Branches.back().End = Loc(L.Offset);
        ConditionalBranch Next;
        Next.Directive = Loc(L.Offset);
        Next.DirectiveText = L.Text;
        Next.Begin = Loc(L.NextLine);
        B.Branches.push_back(Next);
        collectMacros(B, L.Text);
      } else if (K == "define") {
        // "#ifndef X" with "#define X" right after: an include guard.
        Open &O = Stack.back();
        llvm::StringRef Defined =
            llvm::StringRef(L.Text).drop_front().ltrim().drop_front(6).trim();
        Defined = Defined.take_while(
            [](char C) { return llvm::isAlnum(C) || C == '_'; });
        if (!O.Guard.empty() && O.Block.Branches.size() == 1 &&
            Defined == O.Guard &&
            SM.getLineNumber(File, L.Offset) ==
                SM.getLineNumber(File, SM.getFileOffset(
                                           O.Block.Branches[0].Directive)) +
                    1)
          O.GuardConfirmed = true;
      } else if (K == "error") {
        Stack.back().Block.Branches.back().Errors = true;
      } else if (K == "endif") {
        Open O = std::move(Stack.back());
        Stack.pop_back();
        ConditionalBlock &B = O.Block;
        B.Endif = Loc(L.Offset);
        B.Branches.back().End = Loc(L.Offset);
        if (!llvm::StringRef(B.Branches.back().DirectiveText)
                 .drop_front()
                 .ltrim()
                 .starts_with("else")) {
          // No #else: the configurations that take no branch compile
          // nothing in its place.
          ConditionalBranch Implicit;
          Implicit.Directive = Loc(L.Offset);
          Implicit.DirectiveText = "#endif";
          Implicit.Begin = Implicit.End = Loc(L.Offset);
          Implicit.Implicit = true;
          B.Branches.push_back(Implicit);
        }
        B.IncludeGuard = O.GuardConfirmed && B.Branches.size() == 2;
        markSkipped(B);
        Blocks.push_back(std::move(B));
      }
    }
  }

void PreprocessorLog::markSkipped(ConditionalBlock &B) const {
  const SourceManager &SM = *this->SM;
    for (ConditionalBranch &Br : B.Branches) {
      if (Br.Implicit || Br.Begin == Br.End)
        continue;
      for (SourceRange R : Skipped)
        if (SM.isBeforeInTranslationUnit(R.getBegin(), Br.End) &&
            SM.isBeforeInTranslationUnit(Br.Begin, R.getEnd()))
          Br.Skipped = true;
    }
  }



void PreprocessorLog::dump(llvm::raw_ostream &OS,
                           const SourceManager &SM) const {
  for (const ConditionalBlock &B : blocks()) {
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
