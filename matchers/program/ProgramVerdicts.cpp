//===--- ProgramVerdicts.cpp - Does each program expose its metrics? ------===//

#include "ProgramVerdicts.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <deque>

namespace metrics_init_check {

llvm::StringRef exposureName(Exposure E) {
  switch (E) {
  case Exposure::Always:
    return "always";
  case Exposure::SomeEnvironments:
    return "some-environments";
  case Exposure::SomeBuildConfigurations:
    return "some-build-configurations";
  case Exposure::SomePaths:
    return "some-paths";
  case Exposure::Never:
    return "never";
  case Exposure::NoMetrics:
    return "no-metrics";
  }
  return "no-metrics";
}

namespace {

/// The rules whose findings make exposure partial, with the verdict each
/// stands for, most specific first: an environment decision explains a
/// skipped path better than the path rule's "some paths".
struct PartialRule {
  llvm::StringRef Id;
  Exposure Verdict;
};
constexpr PartialRule PartialRules[] = {
    {"metrics-env-conditional-init", Exposure::SomeEnvironments},
    {"metrics-preprocessor-conditional-init",
     Exposure::SomeBuildConfigurations},
    {"metrics-init-not-on-all-paths", Exposure::SomePaths},
};

/// Rules whose findings say metrics exist that never reach an exposer.
bool definesUnexposed(llvm::StringRef Id) {
  return Id == "metrics-registry-not-exposed" ||
         Id == "metrics-registration-dropped-by-linker";
}

/// Whether \p G is a program's main: by USR, which is the same for every
/// main of a signature and never that of a namespace's or class's `main`.
bool isMain(const FunctionGraph &G) {
  return llvm::StringRef(G.Usr).starts_with("c:@F@main#");
}

/// The graph of main in \p TU; null when main has no metrics events (the
/// index leaves such graphs out).
const FunctionGraph *mainGraph(const TUIndex &TU) {
  for (const FunctionGraph &G : TU.Graphs)
    if (isMain(G))
      return &G;
  return nullptr;
}

/// Main files of the TUs that define a function main reaches, the entry
/// TU included: the findings made there explain the program.
llvm::StringSet<>
reachedTUs(const TUIndex &Entry, const FunctionGraph *Main,
           const llvm::StringMap<const TUIndex *> &DefinedIn) {
  llvm::StringSet<> Out;
  Out.insert(Entry.MainFile);
  if (!Main)
    return Out;
  // A TU's own functions first: a static helper shares its USR with no
  // other TU's, an inline one is the same wherever it is defined.
  llvm::StringMap<const FunctionGraph *> Local;
  for (const FunctionGraph &G : Entry.Graphs)
    Local[G.Usr] = &G;
  llvm::StringSet<> Seen;
  std::deque<const FunctionGraph *> Work{Main};
  while (!Work.empty()) {
    const FunctionGraph *G = Work.front();
    Work.pop_front();
    for (const std::string &Usr : G->Callees) {
      if (!Seen.insert(Usr).second)
        continue;
      if (const FunctionGraph *L = Local.lookup(Usr)) {
        Work.push_back(L);
        continue;
      }
      const TUIndex *TU = DefinedIn.lookup(Usr);
      if (!TU)
        continue;
      Out.insert(TU->MainFile);
      for (const FunctionGraph &Callee : TU->Graphs)
        if (Callee.Usr == Usr)
          Work.push_back(&Callee);
    }
  }
  return Out;
}

ProgramVerdict judge(const TUIndex &TU, const FunctionSummary *Main,
                     std::vector<VerdictEvidence> Evidence) {
  ProgramVerdict V;
  V.EntryFile = TU.MainFile;
  V.EntryLine = TU.EntryLine;
  Outcomes Any = 0;
  if (Main)
    for (Outcomes O : Main->Stage)
      Any |= O;
  V.Serves = Any & Serves;
  // Stage 0 is exposure (ProgramSummaries.cpp: the last stage first).
  Outcomes Expose = Main ? Main->Stage[0] : 0;

  auto Decide = [&](Exposure E, size_t Deciding) {
    V.Exposes = E;
    if (Deciding < Evidence.size()) {
      V.Why = Evidence[Deciding].Message;
      std::rotate(Evidence.begin(), Evidence.begin() + Deciding,
                  Evidence.begin() + Deciding + 1);
    }
    V.Evidence = std::move(Evidence);
    return V;
  };
  for (const PartialRule &Rule : PartialRules)
    for (size_t I = 0; I < Evidence.size(); ++I)
      if (Evidence[I].RuleId == Rule.Id)
        return Decide(Rule.Verdict, I);
  if (Expose & SetsUp)
    // A path that serves without exposing, no rule having explained it
    // (a guard the rules accept), is still only some paths.
    return Decide((Expose & ServesWithout) ? Exposure::SomePaths
                                           : Exposure::Always,
                  Evidence.size());
  bool Defines = Any & SetsUp;
  for (size_t I = 0; I < Evidence.size(); ++I)
    if (definesUnexposed(Evidence[I].RuleId))
      return Decide(Exposure::Never, I);
  return Decide(Defines ? Exposure::Never : Exposure::NoMetrics,
                Evidence.size());
}

} // namespace

std::vector<ProgramVerdict>
computeProgramVerdicts(llvm::ArrayRef<const TUIndex *> TUs,
                       llvm::ArrayRef<VerdictEvidence> Findings) {
  std::vector<ProgramVerdict> Out;
  if (llvm::none_of(TUs, [](const TUIndex *TU) { return TU->DefinesMain; }))
    return Out;
  // Exported functions by USR, for the callees main reaches in other TUs.
  llvm::StringMap<const TUIndex *> DefinedIn;
  for (const TUIndex *TU : TUs)
    for (const FunctionGraph &G : TU->Graphs)
      if (G.Exported && !isMain(G))
        DefinedIn.try_emplace(G.Usr, TU);
  // Every exported function solved once; each main is then solved with
  // its own TU's graphs on top, so the work stays linear in the program
  // (mains of different programs share a USR and must not meet).
  ProgramSummaries Program = solveProgram(TUs);
  for (const TUIndex *TU : TUs) {
    if (!TU->DefinesMain)
      continue;
    const FunctionGraph *Main = mainGraph(*TU);
    SetupSummaries S;
    if (Main)
      S.add(Main);
    for (const FunctionGraph &G : TU->Graphs)
      S.add(&G);
    S.addProgram(Program);
    S.solve();
    llvm::StringSet<> Reached = reachedTUs(*TU, Main, DefinedIn);
    std::vector<VerdictEvidence> Evidence;
    for (const VerdictEvidence &F : Findings)
      if (Reached.count(F.MainFile))
        Evidence.push_back(F);
    Out.push_back(judge(*TU, Main ? S.find(Main->Usr) : nullptr,
                        std::move(Evidence)));
  }
  return Out;
}

} // namespace metrics_init_check
