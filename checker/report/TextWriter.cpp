//===--- TextWriter.cpp - clang-style diagnostics ---------------------------===//

#include "Writers.h"

#include "llvm/Support/Path.h"

namespace metrics_init_check {

/// Paths under the source root are printed relative to it, as a compiler
/// run from there would print them.
static std::string displayPath(const Report &R, llvm::StringRef File) {
  return R.relativePath(File);
}

static void writeEscaped(llvm::raw_ostream &OS, llvm::StringRef Text) {
  // The escaping of clang's -fdiagnostics-parseable-fixits.
  for (char C : Text) {
    if (C == '\n')
      OS << "\\n";
    else if (C == '"' || C == '\\')
      OS << '\\' << C;
    else if (C == '\t')
      OS << "\\t";
    else
      OS << C;
  }
}

void writeText(const Report &R, llvm::raw_ostream &OS) {
  auto Where = [&](const ResolvedLocation &L) {
    return displayPath(R, L.File) + ":" + std::to_string(L.Line) + ":" +
           std::to_string(L.Column);
  };
  for (const Notification &N : R.Notifications)
    OS << "metrics-init-check: " << levelName(N.Severity) << ": "
       << N.Message << "\n";
  for (const ResolvedFinding &F : R.Findings) {
    if (F.suppressed())
      continue; // as clang-tidy: NOLINT silences the text output
    // Against a baseline, the text lists what the change brought: known
    // findings are counted in the summary, not repeated.
    if (F.Baseline == BaselineState::Unchanged)
      continue;
    OS << Where(F.Where) << ": " << levelName(F.Severity) << ": " << F.Message
       << " [" << F.RuleId << "]\n";
    for (const ResolvedNote &N : F.Related)
      if (N.Where.valid())
        OS << Where(N.Where) << ": note: " << N.Message << "\n";
    if (!F.Fixes.empty()) {
      OS << Where(F.Where) << ": note: suggested fix: " << F.FixDescription
         << "\n";
      for (const ResolvedReplacement &Fix : F.Fixes) {
        OS << "fix-it:\"";
        writeEscaped(OS, displayPath(R, Fix.Where.File));
        OS << "\":{" << Fix.Where.Line << ":" << Fix.Where.Column << "-"
           << Fix.Where.EndLine << ":" << Fix.Where.EndColumn << "}:\"";
        writeEscaped(OS, Fix.Text);
        OS << "\"\n";
      }
    }
  }
}

} // namespace metrics_init_check
