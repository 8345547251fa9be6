//===--- FuzzIndex.cpp - libFuzzer target: --index-dir entries ------------===//
//
// An index entry or program.json may be truncated, damaged or written by
// someone else: any text must be refused or read, and what is read must be
// safe to solve (the whole-program pass walks its graphs). Inputs are not
// hashed (the entry's file list names files of this machine).
//
//===----------------------------------------------------------------------===//

#include "ProgramIndex.h"

#include <cstddef>
#include <cstdint>

using namespace metrics_init_check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  if (std::optional<TUIndex> TU = parseIndexEntry(
          Text, "/src/main.cpp", "cmd", /*CheckInputs=*/false)) {
    const TUIndex *All[] = {&*TU};
    ProgramSummaries P = solveProgram(All);
    P.Complete = true;
    needsProgram(*TU, P);
  }
  llvm::Expected<ProgramSummaries> Program =
      parseProgram(Text, "/index/program.json");
  if (!Program)
    llvm::consumeError(Program.takeError());
  return 0;
}
