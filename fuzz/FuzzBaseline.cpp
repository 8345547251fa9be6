//===--- FuzzBaseline.cpp - libFuzzer target: SARIF baselines -------------===//
//
// A baseline is a SARIF file from an earlier run, often downloaded from CI
// artifacts: any text must give results or an error, and comparing them
// with a finding must terminate.
//
//===----------------------------------------------------------------------===//

#include "Baseline.h"

#include "SampleReport.h"

#include <cstddef>
#include <cstdint>

using namespace metrics_init_check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto Previous = parseBaseline(Text, "fuzz.sarif", "/src");
  if (!Previous) {
    llvm::consumeError(Previous.takeError());
    return 0;
  }
  Report R = sampleReport("/src/main.cpp");
  applyBaseline(R, std::move(*Previous));
  return 0;
}
