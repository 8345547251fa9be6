//===--- CheckGlobs.cpp - clang-tidy style --checks globs -------------------===//

#include "CheckGlobs.h"

#include "llvm/ADT/SmallVector.h"

namespace metrics_init_check {

CheckGlobs::CheckGlobs(llvm::StringRef Globs) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Globs.split(Parts, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    bool Positive = !Part.consume_front("-");
    std::string Regex = "^";
    for (char C : Part) {
      if (C == '*')
        Regex += ".*";
      else
        Regex += llvm::Regex::escape(llvm::StringRef(&C, 1));
    }
    Regex += "$";
    Items.push_back({Positive, llvm::Regex(Regex)});
  }
}

bool CheckGlobs::enabled(llvm::StringRef RuleId) const {
  for (auto It = Items.rbegin(); It != Items.rend(); ++It)
    if (It->Pattern.match(RuleId))
      return It->Positive;
  return false;
}

} // namespace metrics_init_check
