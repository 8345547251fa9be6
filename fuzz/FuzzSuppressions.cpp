//===--- FuzzSuppressions.cpp - libFuzzer target: suppression files -------===//
//
// A suppression file is read and then matched against findings (rule and
// file globs, line text, fingerprints): any text must give a file or an
// error, and matching must terminate.
//
//===----------------------------------------------------------------------===//

#include "RuleRegistry.h"
#include "Suppressions.h"

#include "SampleReport.h"

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
  Report R = sampleReport("/src/service/main.cpp");
  File->apply(R);
  return 0;
}
