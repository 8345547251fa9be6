//===--- AuditInputs.cpp - What the audit takes from a run ----------------===//

#include "AuditInputs.h"
#include "RuleRegistry.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace metrics_init_check {

std::vector<VerdictEvidence>
verdictEvidence(llvm::ArrayRef<ResolvedFinding> Findings) {
  std::vector<VerdictEvidence> Out;
  std::set<std::tuple<std::string, std::string, unsigned, std::string>> Seen;
  // The inventory's lint says how metrics are named, not whether they are
  // exposed: it explains no verdict.
  auto Lint = [](llvm::StringRef Id) {
    const RuleInfo *Rule = RuleRegistry::builtin().find(Id);
    return Rule && Rule->AuditOnly;
  };
  for (const ResolvedFinding &F : Findings) {
    if (Lint(F.RuleId))
      continue;
    if (!Seen.insert({F.RuleId, F.Where.File, F.Where.Line, F.MainFile})
             .second)
      continue;
    llvm::SmallString<256> Main(F.MainFile);
    llvm::sys::fs::make_absolute(Main);
    llvm::sys::path::remove_dots(Main, /*remove_dot_dot=*/true);
    Out.push_back({F.RuleId, F.Where.File, F.Where.Line, std::string(Main),
                   F.Message});
  }
  return Out;
}

std::vector<MetricRecord>
programInventory(llvm::ArrayRef<const TUIndex *> TUs) {
  std::vector<MetricRecord> Out;
  // A header's metric is seen by every TU that includes it: kept once,
  // with each of those TUs.
  std::map<std::tuple<std::string, unsigned, std::string, std::string>,
           size_t>
      Seen;
  for (const TUIndex *TU : TUs)
    for (const MetricRecord &M : TU->Metrics) {
      auto [It, New] =
          Seen.try_emplace({M.File, M.Line, M.Name, M.Series}, Out.size());
      if (New)
        Out.push_back(M);
      Out[It->second].DefinedIn.push_back(TU->MainFile);
    }
  // Samples other files add through a global or a field holding one.
  for (const TUIndex *TU : TUs)
    linkHeldSamples(Out, TU->HeldSamples);
  // Stable: a definition's series stay in the order its pack lists them.
  std::stable_sort(Out.begin(), Out.end(),
                   [](const MetricRecord &A, const MetricRecord &B) {
                     return std::tie(A.File, A.Line, A.Name) <
                            std::tie(B.File, B.Line, B.Name);
                   });
  return Out;
}

} // namespace metrics_init_check
