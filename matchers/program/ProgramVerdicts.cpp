//===--- ProgramVerdicts.cpp - Does each program expose its metrics? ------===//

#include "ProgramVerdicts.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <tuple>
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

/// Whether \p Usr is a program's main: the same for every main of a
/// signature and never that of a namespace's or class's `main`.
bool isMainUsr(llvm::StringRef Usr) { return Usr.starts_with("c:@F@main#"); }

bool isMain(const FunctionGraph &G) { return isMainUsr(G.Usr); }

/// The graph of \p Usr in \p TU; null when the function has no metrics
/// events (the index leaves such graphs out).
const FunctionGraph *graphIn(const TUIndex &TU, llvm::StringRef Usr) {
  for (const FunctionGraph &G : TU.Graphs)
    if (G.Usr == Usr)
      return &G;
  return nullptr;
}

/// What an entry reaches: the main files of the TUs defining a function
/// it calls, directly or not (its own TU included: the findings made there
/// explain the program), and the functions themselves.
struct Reach {
  llvm::StringSet<> Files;
  llvm::StringSet<> Functions;
};

Reach reachOf(const TUIndex &Entry, const FunctionGraph *Start,
              const llvm::StringMap<const TUIndex *> &DefinedIn) {
  Reach Out;
  Out.Files.insert(Entry.MainFile);
  if (!Start)
    return Out;
  // A TU's own functions first: a static helper shares its USR with no
  // other TU's, an inline one is the same wherever it is defined.
  llvm::StringMap<const FunctionGraph *> Local;
  for (const FunctionGraph &G : Entry.Graphs)
    Local[G.Usr] = &G;
  std::deque<const FunctionGraph *> Work{Start};
  while (!Work.empty()) {
    const FunctionGraph *G = Work.front();
    Work.pop_front();
    for (const std::string &Usr : llvm::concat<const std::string>(
             G->Callees, G->SetUpCallees)) {
      if (!Out.Functions.insert(Usr).second)
        continue;
      if (const FunctionGraph *L = Local.lookup(Usr)) {
        Work.push_back(L);
        continue;
      }
      const TUIndex *TU = DefinedIn.lookup(Usr);
      if (!TU)
        continue;
      Out.Files.insert(TU->MainFile);
      if (const FunctionGraph *Callee = graphIn(*TU, Usr))
        Work.push_back(Callee);
    }
  }
  return Out;
}

/// An entry of the database with what it reaches.
struct Candidate {
  const TUIndex *TU;
  const EntryFunction *Entry;
  const FunctionGraph *Graph;
  Reach Reached;
};

/// Whether \p C is part of another entry's program rather than a program
/// of its own: a pack's entry that main (or an earlier entry it does not
/// reach back) calls. Mains are never part of another program.
bool partOfAnother(const Candidate &C, size_t Index,
                   llvm::ArrayRef<Candidate> All) {
  if (isMainUsr(C.Entry->Usr))
    return false;
  for (size_t I = 0; I < All.size(); ++I) {
    const Candidate &D = All[I];
    if (I == Index || !D.Reached.Functions.count(C.Entry->Usr))
      continue;
    if (isMainUsr(D.Entry->Usr) ||
        !C.Reached.Functions.count(D.Entry->Usr) || I < Index)
      return true;
  }
  return false;
}

/// Whether a TU of the program defines metrics outside any function the
/// entry runs: a self-registering static object (a global bvar), or a
/// metric definition the inventory holds. The entry's summary does not
/// see those; the program still has metrics.
bool definesStatically(const Candidate &C,
                       const llvm::StringMap<const TUIndex *> &ByFile) {
  return llvm::any_of(C.Reached.Files, [&](const auto &File) {
    const TUIndex *TU = ByFile.lookup(File.getKey());
    return TU && (!TU->Link.Registrars.empty() || !TU->Metrics.empty());
  });
}

/// Whether \p G branches on the environment somewhere.
bool decidesOnEnvironment(const FunctionGraph &G) {
  return llvm::any_of(G.Nodes, [](const GraphNode &N) {
    return N.Branch == BranchKind::EnvBased;
  });
}

/// What the environment must provide for the program's metrics to be
/// exposed when only a library's own background work would expose them:
/// a requirement the program triggers (named bvars need a brpc server) and
/// meets only in some environments (a brpc channel's thread starts the
/// dummy server if a port file is there). Empty when there is none.
std::string exposedOnlyWhen(const Candidate &C,
                            const llvm::StringMap<const TUIndex *> &ByFile) {
  llvm::StringSet<> Used;
  for (const auto &File : C.Reached.Files)
    if (const TUIndex *TU = ByFile.lookup(File.getKey()))
      Used.insert(TU->UsedRequirements.begin(), TU->UsedRequirements.end());
  for (const auto &File : C.Reached.Files)
    if (const TUIndex *TU = ByFile.lookup(File.getKey()))
      for (const auto &[Id, When] : TU->PartlyMetRequirements)
        if (Used.count(Id))
          return When;
  return "";
}

ProgramVerdict judge(const Candidate &C, const FunctionSummary *Main,
                     bool DefinesStatically, llvm::StringRef ExposedWhen,
                     std::vector<VerdictEvidence> Evidence) {
  ProgramVerdict V;
  V.EntryFile = C.TU->MainFile;
  V.EntryLine = C.Entry->Line;
  V.EntryName = C.Entry->Name;
  for (const auto &File : C.Reached.Files)
    V.Files.push_back(File.getKey().str());
  std::sort(V.Files.begin(), V.Files.end());
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
  if (Expose & SetsUp) {
    // A path that serves without exposing, no rule having explained it
    // (a guard the rules accept), is still only some paths. A program that
    // never serves (a collector, a batch job, an agent) is judged by where
    // its paths end instead: one that returns without exposing on some of
    // them (`--remote=prometheus` not given) is not `always`.
    Outcomes Without = V.Serves ? Outcomes(ServesWithout)
                                : Outcomes(ServesWithout | ReturnsWithout);
    // Paths that skip exposing at an environment decision no rule reported
    // (an opt-in `--dummy_port` in a client that does not serve: the
    // user's choice, so no finding) still expose only in some
    // environments.
    Outcomes Skipped = V.Serves ? Outcomes(ServesDeferred)
                                : Outcomes(ServesDeferred | ReturnsDeferred);
    if ((Expose & Skipped) && C.Graph && decidesOnEnvironment(*C.Graph)) {
      ProgramVerdict Out = Decide(Exposure::SomeEnvironments, Evidence.size());
      Out.Why = "'" + C.Entry->Name +
                "' exposes metrics only on some outcomes of a decision on "
                "the environment (a flag, an environment variable or a "
                "configuration value); an opt-in metrics switch in a "
                "program that does not serve gets no finding";
      return Out;
    }
    if (!(Expose & Without))
      return Decide(Exposure::Always, Evidence.size());
    V.Why = V.Serves
                ? "some paths from '" + C.Entry->Name +
                      "' serve without exposing metrics"
                : "'" + C.Entry->Name +
                      "' exposes metrics on some paths only; others end "
                      "without exposing them";
    return Decide(Exposure::SomePaths, Evidence.size());
  }
  bool Defines = (Any & SetsUp) || DefinesStatically;
  if (Defines && !ExposedWhen.empty()) {
    // The finding that says nothing starts the server explains it best.
    size_t Deciding = llvm::find_if(Evidence, [](const VerdictEvidence &E) {
                        return definesUnexposed(E.RuleId);
                      }) -
                      Evidence.begin();
    ProgramVerdict Out = Decide(Exposure::SomeEnvironments, Deciding);
    Out.Why = ("metrics are exposed only when " + ExposedWhen +
               "; nothing '" + C.Entry->Name + "' runs exposes them otherwise")
                  .str();
    return Out;
  }
  for (size_t I = 0; I < Evidence.size(); ++I)
    if (definesUnexposed(Evidence[I].RuleId))
      return Decide(Exposure::Never, I);
  if (Defines && !(Any & SetsUp))
    V.Why = "the program defines metrics (a self-registering static "
            "object, or a metric definition in its files) and nothing '" +
            C.Entry->Name + "' runs exposes them";
  return Decide(Defines ? Exposure::Never : Exposure::NoMetrics,
                Evidence.size());
}

} // namespace

std::vector<ProgramVerdict>
computeProgramVerdicts(llvm::ArrayRef<const TUIndex *> TUs,
                       llvm::ArrayRef<VerdictEvidence> Findings) {
  if (llvm::all_of(TUs, [](const TUIndex *TU) { return TU->Entries.empty(); }))
    return {};
  return computeProgramVerdicts(TUs, Findings, solveProgram(TUs));
}

std::vector<ProgramVerdict>
computeProgramVerdicts(llvm::ArrayRef<const TUIndex *> TUs,
                       llvm::ArrayRef<VerdictEvidence> Findings,
                       const ProgramSummaries &Program) {
  std::vector<ProgramVerdict> Out;
  if (llvm::all_of(TUs, [](const TUIndex *TU) { return TU->Entries.empty(); }))
    return Out;
  // Exported functions by USR, for the callees an entry reaches in other
  // TUs.
  llvm::StringMap<const TUIndex *> DefinedIn;
  for (const TUIndex *TU : TUs)
    for (const FunctionGraph &G : TU->Graphs)
      if (G.Exported && !isMain(G))
        DefinedIn.try_emplace(G.Usr, TU);
  llvm::StringMap<const TUIndex *> ByFile;
  for (const TUIndex *TU : TUs)
    ByFile.try_emplace(TU->MainFile, TU);
  std::vector<Candidate> Candidates;
  for (const TUIndex *TU : TUs)
    for (const EntryFunction &E : TU->Entries) {
      const FunctionGraph *G = graphIn(*TU, E.Usr);
      Candidates.push_back({TU, &E, G, reachOf(*TU, G, DefinedIn)});
    }
  // Every exported function solved once (\p Program); each entry is then
  // solved with its own TU's graphs on top, so the work stays linear in the
  // program (mains of different programs share a USR and must not meet).
  for (size_t I = 0; I < Candidates.size(); ++I) {
    const Candidate &C = Candidates[I];
    // A test or benchmark is not a service (not analysed as one unless
    // --include-tests): listing it would count it among the programs
    // that expose nothing.
    if (C.TU->TestProgram || partOfAnother(C, I, Candidates))
      continue;
    SetupSummaries S;
    if (C.Graph)
      S.add(C.Graph);
    for (const FunctionGraph &G : C.TU->Graphs)
      S.add(&G);
    S.addProgram(Program);
    S.solve();
    std::vector<VerdictEvidence> Evidence;
    for (const VerdictEvidence &F : Findings)
      if (C.Reached.Files.count(F.MainFile))
        Evidence.push_back(F);
    Out.push_back(judge(C, C.Graph ? S.find(C.Graph->Usr) : nullptr,
                        definesStatically(C, ByFile),
                        exposedOnlyWhen(C, ByFile), std::move(Evidence)));
  }
  // In entry order, not in the order the TUs were analysed in (threads,
  // the findings cache): reports of the same program must not differ.
  llvm::stable_sort(Out, [](const ProgramVerdict &A, const ProgramVerdict &B) {
    return std::tie(A.EntryFile, A.EntryLine, A.EntryName) <
           std::tie(B.EntryFile, B.EntryLine, B.EntryName);
  });
  return Out;
}

} // namespace metrics_init_check
