//===--- Report.cpp - Findings resolved to files, lines and columns --------===//

#include "Report.h"
#include "JsonSafety.h"
#include "NoLint.h"
#include "SourceText.h"
#include "StableSort.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace metrics_init_check {

using namespace clang;

/// 1-based column in code points of byte \p Offset on the line starting at
/// \p LineStart.
static unsigned codePointColumn(llvm::StringRef Buffer, size_t LineStart,
                                size_t Offset) {
  unsigned Column = 1;
  for (size_t I = LineStart; I < Offset && I < Buffer.size(); ++I)
    if ((static_cast<unsigned char>(Buffer[I]) & 0xC0) != 0x80)
      ++Column;
  return Column;
}

ResolvedLocation resolve(const SourceManager &SM, CharSourceRange Range) {
  ResolvedLocation Out;
  if (Range.isInvalid())
    return Out;
  // Findings inside macros are reported where the macro is used.
  SourceLocation Begin = SM.getExpansionLoc(Range.getBegin());
  SourceLocation End = SM.getExpansionRange(Range.getEnd()).getEnd();
  if (Range.isTokenRange() || Range.getEnd().isMacroID())
    End = Lexer::getLocForEndOfToken(End, 0, SM, LangOptions());
  if (End.isInvalid() || SM.getFileID(End) != SM.getFileID(Begin) ||
      SM.isBeforeInTranslationUnit(End, Begin))
    End = Begin;
  FileID File = SM.getFileID(Begin);
  Out.File = absolutePath(SM, File);
  if (Out.File.empty())
    return Out;
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return ResolvedLocation();
  Out.Offset = SM.getFileOffset(Begin);
  unsigned EndOffset = SM.getFileOffset(End);
  Out.Length = EndOffset - Out.Offset;
  Out.Line = SM.getLineNumber(File, Out.Offset);
  Out.Column = SM.getColumnNumber(File, Out.Offset);
  Out.EndLine = SM.getLineNumber(File, EndOffset);
  Out.EndColumn = SM.getColumnNumber(File, EndOffset);
  size_t LineStart = Out.Offset - (Out.Column - 1);
  size_t EndLineStart = EndOffset - (Out.EndColumn - 1);
  Out.CodePointColumn = codePointColumn(Buffer, LineStart, Out.Offset);
  Out.EndCodePointColumn = codePointColumn(Buffer, EndLineStart, EndOffset);
  size_t LineEnd = Buffer.find('\n', LineStart);
  Out.LineText = Buffer.slice(LineStart, LineEnd).str();
  return Out;
}

namespace {
/// Placing positions in files read once each.
class FilePlacer {
public:
  ResolvedLocation place(const FilePosition &P, unsigned Length) {
    ResolvedLocation Out;
    llvm::SmallString<256> Path(P.File);
    llvm::sys::fs::make_absolute(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Out.File = std::string(Path);
    llvm::StringRef Buffer = contents(Out.File);
    // Find the line's start; a position past the end stays unplaced.
    size_t LineStart = 0;
    for (unsigned L = 1; L < P.Line; ++L) {
      LineStart = Buffer.find('\n', LineStart);
      if (LineStart == llvm::StringRef::npos)
        return ResolvedLocation();
      ++LineStart;
    }
    size_t LineEnd = std::min(Buffer.find('\n', LineStart), Buffer.size());
    size_t Offset = LineStart + (P.Column ? P.Column - 1 : 0);
    if (P.Line == 0 || Offset > LineEnd || Offset + Length > LineEnd)
      return ResolvedLocation();
    Out.Line = Out.EndLine = P.Line;
    Out.Column = Offset - LineStart + 1;
    Out.EndColumn = Out.Column + Length;
    Out.Offset = Offset;
    Out.Length = Length;
    Out.CodePointColumn = codePointColumn(Buffer, LineStart, Offset);
    Out.EndCodePointColumn = codePointColumn(Buffer, LineStart, Offset + Length);
    Out.LineText = Buffer.slice(LineStart, LineEnd).str();
    return Out;
  }

  llvm::StringRef contents(const std::string &File) {
    auto It = Files.find(File);
    if (It == Files.end()) {
      auto Buffer = llvm::MemoryBuffer::getFile(File);
      It = Files.emplace(File, Buffer ? (*Buffer)->getBuffer().str() : "").first;
    }
    return It->second;
  }

private:
  std::map<std::string, std::string> Files;
};
} // namespace

ResolvedFinding resolve(const SourceManager &SM, const Finding &F,
                        llvm::StringRef MainFile) {
  ResolvedFinding Out;
  Out.RuleId = F.RuleId;
  Out.Severity = F.Severity;
  Out.Message = F.Message;
  Out.Where = resolve(SM, CharSourceRange::getTokenRange(F.Range));
  Out.MainFile = MainFile.str();
  FilePlacer Placer;
  for (const RelatedLocation &R : F.Related)
    Out.Related.push_back(
        {R.Range.isValid() || !R.Elsewhere.valid()
             ? resolve(SM, CharSourceRange::getTokenRange(R.Range))
             : Placer.place(R.Elsewhere, 0),
         R.Message});
  for (const RelatedLocation &R : F.Flow)
    Out.Flow.push_back({resolve(SM, CharSourceRange::getTokenRange(R.Range)),
                        R.Message, R.Nesting});
  for (const FixItHint &Fix : F.Fixes) {
    ResolvedReplacement Replacement;
    Replacement.Text = Fix.CodeToInsert;
    Replacement.Where = resolve(SM, Fix.RemoveRange);
    bool Invalid = false;
    llvm::StringRef Analysed = SM.getBufferData(
        SM.getFileID(SM.getExpansionLoc(Fix.RemoveRange.getBegin())),
        &Invalid);
    if (!Invalid)
      Replacement.ContentHash = contentHash(Analysed);
    Out.Fixes.push_back(std::move(Replacement));
  }
  // A fix that cannot be placed in full is not offered at all.
  if (llvm::any_of(Out.Fixes, [](const ResolvedReplacement &R) {
        return !R.Where.valid();
      }))
    Out.Fixes.clear();
  Out.FixDescription = Out.Fixes.empty() ? "" : F.FixDescription;
  if (Out.Where.valid()) {
    SourceLocation Loc = SM.getExpansionLoc(F.Range.getBegin());
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(Loc), &Invalid);
    if (!Invalid)
      Out.Suppression = findNoLint(Buffer, Out.Where.Line, Out.RuleId);
  }
  return Out;
}

std::string contentHash(llvm::StringRef Contents) {
  std::array<uint8_t, 32> Hash = llvm::SHA256::hash(
      llvm::arrayRefFromStringRef<uint8_t>(Contents));
  return std::string(Hash.begin(), Hash.end());
}

llvm::StringRef baselineStateName(BaselineState S) {
  switch (S) {
  case BaselineState::None:
    return "";
  case BaselineState::New:
    return "new";
  case BaselineState::Unchanged:
    return "unchanged";
  case BaselineState::Updated:
    return "updated";
  case BaselineState::Absent:
    return "absent";
  }
  return "";
}

std::string relativePath(llvm::StringRef Root, llvm::StringRef File) {
  if (!Root.empty() && File.starts_with(Root) && File.size() > Root.size() &&
      File[Root.size()] == '/')
    return File.drop_front(Root.size() + 1).str();
  return File.str();
}

ResolvedFinding resolve(const PlacedFinding &F) {
  FilePlacer Placer;
  ResolvedFinding Out;
  Out.RuleId = F.RuleId;
  Out.Severity = F.Severity;
  Out.Message = F.Message;
  Out.MainFile = F.MainFile;
  Out.Where = Placer.place(F.Where, 0);
  for (const PlacedNote &N : F.Related)
    Out.Related.push_back({Placer.place(N.Where, 0), N.Message});
  for (const PlacedEdit &E : F.Fixes) {
    ResolvedLocation Where = Placer.place(E.Where, E.Length);
    std::string Hash = contentHash(Placer.contents(Where.File));
    Out.Fixes.push_back({std::move(Where), E.Text, std::move(Hash)});
  }
  if (llvm::any_of(Out.Fixes, [](const ResolvedReplacement &R) {
        return !R.Where.valid();
      }))
    Out.Fixes.clear();
  Out.FixDescription = Out.Fixes.empty() ? "" : F.FixDescription;
  if (Out.Where.valid())
    Out.Suppression =
        findNoLint(Placer.contents(Out.Where.File), Out.Where.Line, Out.RuleId);
  return Out;
}

void Report::normalise() {
  // Messages quote the analysed code, whose string literals and comments
  // need not be UTF-8 (a Latin-1 source): every format gets the same
  // valid text, so a baseline written as SARIF matches the next run.
  for (ResolvedFinding &F : Findings) {
    F.Message = validUtf8(F.Message);
    F.FixDescription = validUtf8(F.FixDescription);
    F.Function = validUtf8(F.Function);
    for (std::vector<ResolvedNote> *Notes : {&F.Related, &F.Flow})
      for (ResolvedNote &N : *Notes)
        N.Message = validUtf8(N.Message);
  }
  for (Notification &N : Notifications)
    N.Message = validUtf8(N.Message);
  auto Key = [](const ResolvedFinding &F) {
    return std::tie(F.Where.File, F.Where.Line, F.Where.Column, F.RuleId,
                    F.Message);
  };
  stableSort(Findings, [&](const ResolvedFinding &A, const ResolvedFinding &B) {
    return Key(A) < Key(B);
  });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [&](const ResolvedFinding &A,
                                 const ResolvedFinding &B) {
                               return Key(A) == Key(B);
                             }),
                 Findings.end());
  // One root cause, one finding: a decision in a header is found again by
  // every TU that includes it, sometimes worded after what that TU
  // reaches. The first TU's finding stands for all.
  std::map<std::tuple<std::string, unsigned, unsigned, std::string>,
           std::string>
      FirstTU;
  llvm::erase_if(Findings, [&](const ResolvedFinding &F) {
    auto [It, Inserted] = FirstTU.try_emplace(
        std::make_tuple(F.Where.File, F.Where.Line, F.Where.Column, F.RuleId),
        F.MainFile);
    return !Inserted && It->second != F.MainFile;
  });
  std::sort(AnalysedFiles.begin(), AnalysedFiles.end());
  std::sort(Prefiltered.begin(), Prefiltered.end());
  std::sort(FailedFiles.begin(), FailedFiles.end());
  stableSort(Notifications, [](const Notification &A, const Notification &B) {
    return std::tie(A.File, A.Message) < std::tie(B.File, B.Message);
  });
  // A TU analysed in both phases says the same about its command twice.
  Notifications.erase(
      std::unique(Notifications.begin(), Notifications.end(),
                  [](const Notification &A, const Notification &B) {
                    return std::tie(A.Severity, A.File, A.Message) ==
                           std::tie(B.Severity, B.File, B.Message);
                  }),
      Notifications.end());
}

} // namespace metrics_init_check
