//===--- RunOutput.cpp - The last stage of a CLI run: report, fixes, summary -===//

#include "RunOutput.h"
#include "OutputFile.h"
#include "RuleRegistry.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <thread>

#ifndef MIC_VERSION
#define MIC_VERSION "unknown"
#endif

namespace metrics_init_check {

static std::string render(Report &R, const OutputRequest &Out) {
  ToolInfo Tool;
  Tool.Version = MIC_VERSION;
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  switch (Out.Format) {
  case ReportFormat::Text:
    writeText(R, OS);
    break;
  case ReportFormat::Sarif:
    OS << toSarif(R, RuleRegistry::builtin(), Tool, Out.Sarif,
                  &R.Notifications)
              .dump(2)
       << "\n";
    break;
  case ReportFormat::Json:
    OS << toJson(R, Tool).dump(2) << "\n";
    break;
  case ReportFormat::CodeClimate:
    OS << toCodeClimate(R).dump(2) << "\n";
    break;
  }
  OS.flush();
  return Text;
}

std::optional<std::string> writeOutputs(Report &R,
                                        const OutputRequest &Out) {
  // Before the main output, which may add the notifications of its cap.
  std::string ExtraSarif;
  if (!Out.SarifOutput.empty()) {
    ToolInfo Tool;
    Tool.Version = MIC_VERSION;
    ExtraSarif =
        toSarif(R, RuleRegistry::builtin(), Tool, Out.Sarif).dump(2) + "\n";
  }
  std::string Text = render(R, Out);
  if (!Out.DebugPauseBeforeOutput.empty()) {
    int FD;
    if (!llvm::sys::fs::openFileForWrite(Out.DebugPauseBeforeOutput, FD))
      llvm::sys::Process::SafelyCloseFileDescriptor(FD);
    for (int I = 0;
         I < 600 && llvm::sys::fs::exists(Out.DebugPauseBeforeOutput); ++I)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (llvm::Error Err = writeFileAtomically(Out.Path, Text))
    return llvm::toString(std::move(Err));
  if (!Out.SarifOutput.empty())
    if (llvm::Error Err = writeFileAtomically(Out.SarifOutput, ExtraSarif))
      return llvm::toString(std::move(Err));
  if (!Out.ExportFixes.empty()) {
    std::string Yaml;
    llvm::raw_string_ostream YOS(Yaml);
    writeFixesYaml(R, YOS);
    YOS.flush();
    if (llvm::Error Err = writeFileAtomically(Out.ExportFixes, Yaml))
      return llvm::toString(std::move(Err));
  }
  if (Out.Fix) {
    unsigned Applied = 0;
    std::vector<std::string> Skipped, Changed;
    if (llvm::Error Err = applyFixes(R, Applied, Skipped, Changed))
      return llvm::toString(std::move(Err));
    for (const std::string &File : Changed)
      llvm::errs() << "metrics-init-check: warning: not fixed: " << File
                   << ": it changed since it was analysed\n";
    llvm::errs() << "metrics-init-check: applied " << Applied << " fix(es)";
    if (!Skipped.empty())
      llvm::errs() << "; skipped " << Skipped.size()
                   << " that overlap another fix";
    llvm::errs() << "\n";
  }
  return std::nullopt;
}

unsigned summariseRun(const Report &R, const RunVerdict &V) {
  unsigned AtOrAbove = 0, Suppressed = 0, External = 0;
  for (const ResolvedFinding &F : R.Findings) {
    if (F.Suppression)
      ++Suppressed;
    else if (F.External)
      ++External;
    else if (F.Severity >= V.FailLevel &&
             (!V.FailOnNew || F.Baseline == BaselineState::New))
      ++AtOrAbove;
  }
  if (V.NotificationsOnStderr)
    for (const Notification &N : R.Notifications)
      llvm::errs() << "metrics-init-check: " << levelName(N.Severity) << ": "
                   << N.Message << "\n";
  llvm::errs() << "metrics-init-check: "
               << R.Findings.size() - Suppressed - External << " finding(s), "
               << AtOrAbove << " at or above " << levelName(V.FailLevel)
               << ", " << Suppressed << " suppressed by NOLINT"
               << (V.HasSuppressionFile ? ", " + std::to_string(External) +
                                              " by the suppression file"
                                        : std::string())
               << "; " << R.AnalysedFiles.size() << " file(s) analysed, "
               << R.FailedFiles.size() << " not analysed\n";
  if (!R.Prefiltered.empty())
    llvm::errs() << "metrics-init-check: " << R.Prefiltered.size()
                 << " TU(s) not parsed by the prefilter: " << PrefilterReason
                 << " (--no-prefilter parses them)\n";
  unsigned NotOwned = 0;
  for (const auto &Entry : R.NotOwnedFindings)
    NotOwned += Entry.second;
  if (!R.TestPrograms.empty() || NotOwned)
    llvm::errs() << "metrics-init-check: " << R.TestPrograms.size()
                 << " test or benchmark file(s) not analysed as services "
                    "(--include-tests analyses them); "
                 << NotOwned
                 << " finding(s) outside the project's own code not reported "
                    "(root '"
                 << V.SourceRoot << "'; --report-in widens)\n";
  if (V.Compared)
    llvm::errs() << "metrics-init-check: against the baseline: "
                 << describe(*V.Compared)
                 << (V.FailOnNew ? " (only new findings fail the run)" : "")
                 << "\n";
  return AtOrAbove;
}

} // namespace metrics_init_check
