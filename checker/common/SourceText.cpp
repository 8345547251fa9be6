//===--- SourceText.cpp - What a source file says, without parsing it -----===//

#include "SourceText.h"

#include "llvm/ADT/SmallVector.h"

namespace metrics_init_check {

std::vector<std::string> includeSpellings(llvm::StringRef Text) {
  std::vector<std::string> Out;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.ltrim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    if (!Line.consume_front("include") && !Line.consume_front("import"))
      continue;
    Line = Line.ltrim();
    if (Line.empty() || (Line[0] != '"' && Line[0] != '<'))
      continue;
    char Close = Line[0] == '"' ? '"' : '>';
    size_t End = Line.find(Close, 1);
    if (End == llvm::StringRef::npos || End == 1)
      continue;
    Out.push_back(Line.slice(1, End).str());
  }
  return Out;
}

} // namespace metrics_init_check
