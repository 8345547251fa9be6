//===--- FixesYamlWriter.cpp - clang-apply-replacements YAML ----------------===//
//
// The same format clang-tidy's --export-fixes writes, through clang's own
// YAML traits, so clang-apply-replacements reads it unchanged.
//
//===----------------------------------------------------------------------===//

#include "Writers.h"

#include "clang/Tooling/DiagnosticsYaml.h"

#include <map>

namespace metrics_init_check {

void writeFixesYaml(const Report &R, llvm::raw_ostream &OS) {
  clang::tooling::TranslationUnitDiagnostics TUD;
  TUD.MainSourceFile = R.AnalysedFiles.empty() ? "" : R.AnalysedFiles.front();
  for (const ResolvedFinding &F : R.Findings) {
    if (F.Fixes.empty() || F.suppressed())
      continue;
    llvm::StringMap<clang::tooling::Replacements> Fix;
    bool Conflict = false;
    for (const ResolvedReplacement &Edit : F.Fixes) {
      clang::tooling::Replacement Rep(Edit.Where.File, Edit.Where.Offset,
                                      Edit.Where.Length, Edit.Text);
      if (llvm::Error E = Fix[Edit.Where.File].add(Rep)) {
        llvm::consumeError(std::move(E)); // overlapping edits: not exported
        Conflict = true;
      }
    }
    if (Conflict)
      continue;
    clang::tooling::DiagnosticMessage Message;
    Message.Message = F.Message;
    Message.FilePath = F.Where.File;
    Message.FileOffset = F.Where.Offset;
    Message.Fix = Fix;
    clang::tooling::Diagnostic D;
    D.DiagnosticName = F.RuleId;
    D.Message = Message;
    D.DiagLevel = F.Severity == Level::Error ? clang::tooling::Diagnostic::Error
                  : F.Severity == Level::Note
                      ? clang::tooling::Diagnostic::Remark
                      : clang::tooling::Diagnostic::Warning;
    D.BuildDirectory = R.SourceRoot;
    TUD.Diagnostics.push_back(std::move(D));
  }
  llvm::yaml::Output YAML(OS);
  YAML << TUD;
}

} // namespace metrics_init_check
