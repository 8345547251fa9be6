//===--- FuzzSuppressions.cpp - libFuzzer target: suppression files -------===//
//
// A suppression file is read and then matched against findings (rule and
// file globs, line text, fingerprints): any text must give a file or an
// error, and matching must terminate.
//
//===----------------------------------------------------------------------===//

#include "RuleRegistry.h"
#include "Suppressions.h"

#include <cstddef>
#include <cstdint>

using namespace metrics_init_check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<SuppressionFile> File =
      SuppressionFile::parse(Text, "/src/suppressions.json",
                             RuleRegistry::builtin());
  if (!File) {
    llvm::consumeError(File.takeError());
    return 0;
  }
  Report R;
  R.SourceRoot = "/src";
  ResolvedFinding F;
  F.RuleId = "metrics-env-conditional-init";
  F.Message = "metrics are exposed only in some environments";
  F.Where.File = "/src/service/main.cpp";
  F.Where.Line = F.Where.EndLine = 8;
  F.Where.Column = F.Where.EndColumn = 5;
  F.Where.LineText = "    StartExposer();";
  F.Function = "main";
  R.Findings.push_back(F);
  R.AnalysedFiles.push_back(F.Where.File);
  File->apply(R);
  return 0;
}
