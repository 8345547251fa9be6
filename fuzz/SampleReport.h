//===--- SampleReport.h - One finding for the fuzzed readers to act on ----===//
//
// The baseline and suppression readers are fuzzed through what they do
// next: matching a report. Both targets use this one.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_FUZZ_SAMPLEREPORT_H
#define METRICS_INIT_CHECK_FUZZ_SAMPLEREPORT_H

#include "Report.h"

namespace metrics_init_check {

/// A report rooted at /src with one finding in \p File.
inline Report sampleReport(llvm::StringRef File) {
  Report R;
  R.SourceRoot = "/src";
  ResolvedFinding F;
  F.RuleId = "metrics-env-conditional-init";
  F.Message = "metrics are exposed only in some environments";
  F.Where.File = File.str();
  F.Where.Line = F.Where.EndLine = 8;
  F.Where.Column = F.Where.EndColumn = 5;
  F.Where.LineText = "    StartExposer();";
  F.Function = "main";
  R.Findings.push_back(F);
  R.SeenFiles.insert(F.Where.File);
  R.AnalysedFiles.push_back(F.Where.File);
  return R;
}

} // namespace metrics_init_check

#endif
