//===--- FuzzRulePack.cpp - libFuzzer target: rule packs ------------------===//
//
// A rule pack comes from a --rules path or a .clang-tidy's RulePacks: any
// text must give a pack or an error, never a crash, a hang or an uncaught
// exception. The position indexer is fuzzed on its own too, since errors
// are placed with it.
//
//===----------------------------------------------------------------------===//

#include "JsonPositions.h"
#include "RulePack.h"

#include <cstddef>
#include <cstdint>

using namespace metrics_init_check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<RulePack> Pack = parseRulePack(Text, "fuzz.json");
  if (!Pack)
    llvm::consumeError(Pack.takeError());
  JsonPositions Positions(Text);
  for (llvm::StringRef Pointer : {"", "/apis", "/apis/expose/0", "/a~1b/0/",
                                  "/serve_points/1"}) {
    Positions.lookup(Pointer);
    Positions.lookup(Pointer, /*OfKey=*/true);
  }
  return 0;
}
