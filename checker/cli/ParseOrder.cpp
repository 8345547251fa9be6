//===--- ParseOrder.cpp - Which TU to parse first --------------------------===//

#include "ParseOrder.h"
#include "SourceText.h"
#include "StableSort.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace metrics_init_check {

namespace {
/// The stems of the files \p Source `#include`s, as spelled.
std::vector<std::string> includedStems(llvm::StringRef Source) {
  std::vector<std::string> Stems;
  auto Buffer = llvm::MemoryBuffer::getFile(Source, /*IsText=*/true,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return Stems;
  for (const std::string &Spelled : includeSpellings((*Buffer)->getBuffer()))
    Stems.push_back(llvm::sys::path::stem(Spelled).str());
  return Stems;
}
} // namespace

std::vector<std::string> definersFirst(llvm::ArrayRef<std::string> Files) {
  llvm::StringMap<unsigned> Includers;
  for (const std::string &File : Files) {
    llvm::StringRef Own = llvm::sys::path::stem(File);
    std::vector<std::string> Stems = includedStems(File);
    llvm::sort(Stems);
    Stems.erase(std::unique(Stems.begin(), Stems.end()), Stems.end());
    for (const std::string &Stem : Stems)
      if (Stem != Own)
        ++Includers[Stem];
  }
  // The most included first: what everything calls (raft.h's raft.cpp)
  // is then known to everything parsed after it. Include cycles make a
  // topological order meaningless; counts are not affected by them.
  // Ties in path order: a database's file list comes in the order of a
  // hash of the paths (JSONCompilationDatabase), which would make which
  // TU is parsed twice depend on where the tree is checked out.
  std::vector<std::string> Out(Files.begin(), Files.end());
  llvm::sort(Out);
  stableSort(Out, [&](const std::string &A, const std::string &B) {
    return Includers.lookup(llvm::sys::path::stem(A)) >
           Includers.lookup(llvm::sys::path::stem(B));
  });
  return Out;
}

} // namespace metrics_init_check
