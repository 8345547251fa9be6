//===--- WholeProgram.cpp - The CLI's two phases over a database -----------===//

#include "WholeProgram.h"
#include "AuditInputs.h"
#include "FindingsCache.h"
#include "ParseOrder.h"
#include "CMakeFileApi.h"
#include "ProgramVerdicts.h"
#include "FileSafety.h"
#include "RuleRegistry.h"
#include "StableSort.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <deque>
#include <mutex>
#include <set>
#include <tuple>

namespace metrics_init_check {

/// The linker rule, once every TU's link facts are known: on CMake's build
/// graph when the build directory has a File API reply, on the TUs'
/// symbols alone otherwise.
static void runLinkerRule(llvm::ArrayRef<const TUIndex *> All,
                          const RegistrationDroppedByLinker::Options &Opts,
                          const WholeProgramOptions &WP, Report &Out) {
  // Nothing registers at start-up: no build graph to read, nothing to say.
  if (llvm::none_of(All, [](const TUIndex *TU) {
        return !TU->Link.Registrars.empty();
      }))
    return;
  std::optional<BuildGraph> Graph;
  if (!WP.BuildDir.empty()) {
    llvm::Expected<BuildGraph> Read = readCMakeFileApi(WP.BuildDir);
    if (Read)
      Graph = std::move(*Read);
    else
      Out.Notifications.push_back(
          {Level::Note, llvm::toString(Read.takeError()) + "; " +
                            RegistrationDroppedByLinker::Id.str() +
                            " checked the TUs' symbols only, not the links"});
  }
  RegistrationDroppedByLinker::Result R =
      RegistrationDroppedByLinker::run(All, Graph ? &*Graph : nullptr, Opts);
  for (std::string &Message : R.NotAnalysed)
    Out.Notifications.push_back({Level::Warning, std::move(Message)});
  for (const PlacedFinding &F : R.Findings)
    Out.Findings.push_back(resolve(F));
}

/// \p Files without those the prefilter finds cannot matter, which go to
/// Out.Prefiltered; the database's other TUs that cannot matter go to
/// \p Elsewhere.
static std::vector<std::string>
prefilter(const clang::tooling::CompilationDatabase &DB,
          llvm::ArrayRef<std::string> Files, const WholeProgramOptions &WP,
          Report &Out, llvm::StringSet<> &Elsewhere) {
  std::vector<std::string> Selected(Files.begin(), Files.end());
  if (!WP.Prefilter)
    return Selected;
  // Every TU of the database takes part in the fixed point, not only those
  // asked for: a file named alone is still kept when it defines what a
  // relevant TU elsewhere calls.
  std::vector<std::string> All;
  llvm::StringMap<size_t> Position;
  auto Add = [&](llvm::StringRef File) {
    std::string Abs = absolutePath(File);
    if (Position.try_emplace(Abs, All.size()).second)
      All.push_back(std::move(Abs));
  };
  for (const std::string &File : DB.getAllFiles())
    Add(File);
  for (const std::string &File : Files)
    Add(File);
  std::vector<bool> Keep =
      selectRelevant(All, WP.ProjectHeaders, *WP.Prefilter);
  for (size_t I = 0; I < All.size(); ++I)
    if (!Keep[I])
      Elsewhere.insert(All[I]);
  Selected.clear();
  for (const std::string &Given : Files) {
    std::string File = absolutePath(Given);
    // What cannot be read or compiled is not the prefilter's to leave
    // out: the runner reports it as not analysed.
    bool Unreadable = !llvm::sys::fs::exists(File) ||
                      unreadableReason(File).has_value() ||
                      DB.getCompileCommands(File).empty();
    Elsewhere.erase(File);
    if (Keep[Position.lookup(File)] || Unreadable)
      Selected.push_back(Given);
    else
      Out.Prefiltered.push_back(File);
  }
  return Selected;
}

/// The second phase: TUs that need the program's summaries, again.
static void analyseWithProgram(const clang::tooling::CompilationDatabase &DB,
                               llvm::ArrayRef<std::string> Again,
                               std::shared_ptr<const ApiModel> Api,
                               const EngineOptions &Opts,
                               const RunnerOptions &Runner,
                               std::shared_ptr<const ProgramSummaries> Program,
                               Report &Out) {
  // First-phase findings of these TUs were made without the program's
  // summaries: the second phase replaces them.
  llvm::StringSet<> Replaced;
  for (const std::string &File : Again)
    Replaced.insert(File);
  llvm::erase_if(Out.Findings, [&](const ResolvedFinding &F) {
    return Replaced.count(absolutePath(F.MainFile));
  });
  llvm::erase_if(Out.AnalysedFiles,
                 [&](const std::string &F) { return Replaced.count(F); });
  EngineOptions WithProgram = Opts;
  WithProgram.Program = std::move(Program);
  runOnFiles(DB, Again, Engine(Api, WithProgram), Runner, Out);
}

namespace {
/// The program as far as phase one knows it, for each TU's first parse:
/// the TUs from the index and those whose first parse is done. A TU whose
/// callees' summaries are known by then (their TUs parsed first, or from
/// the index) has its rules run with them on the AST of that parse; its
/// findings stand when what it reads of the program is the same in the
/// end (programDependencies), so it is not parsed again.
class FirstParseProgram {
public:
  using CompleteFn =
      std::function<bool(llvm::ArrayRef<const TUIndex *> Known)>;
  FirstParseProgram(std::shared_ptr<const ApiModel> Api,
                    const EngineOptions &Opts, CompleteFn Complete)
      : Api(std::move(Api)), Opts(Opts), Complete(std::move(Complete)) {}

  /// A TU whose facts are known already (the index's).
  void know(const TUIndex &TU) {
    std::lock_guard<std::mutex> Guard(Lock);
    Known.push_back(&TU);
  }

  /// RunnerOptions::AnalyseAgain; called from the runner's threads.
  std::shared_ptr<const Engine> analyseAgain(const TUIndex &TU) {
    std::vector<const TUIndex *> Seen = {&TU};
    {
      std::lock_guard<std::mutex> Guard(Lock);
      Seen.insert(Seen.end(), Known.begin(), Known.end());
    }
    auto Program = std::make_shared<ProgramSummaries>(solveProgram(Seen));
    // Conclusions over the complete program (holders, requirements) wait
    // for every TU; once a program's main is seen, the program is most
    // likely complete in the end: the TU is analysed as if it were, and
    // stands() finds out whether it was.
    Program->Complete =
        Complete(Seen) || llvm::any_of(Seen, [](const TUIndex *Known) {
          return Known->DefinesMain;
        });
    Decision D{needsProgram(TU, *Program),
               programDependencies(TU, *Program)};
    {
      std::lock_guard<std::mutex> Guard(Lock);
      // The runner's copy moves on; the program keeps this one.
      Known.push_back(&Parsed.emplace_back(TU));
      Decisions[TU.MainFile] = D;
    }
    if (!D.WithProgram)
      return nullptr;
    EngineOptions WithProgram = Opts;
    WithProgram.Program = std::move(Program);
    return std::make_shared<const Engine>(Api, WithProgram);
  }

  /// Whether \p TU's first-parse findings are those an analysis under the
  /// final \p Program would give.
  bool stands(const TUIndex &TU, const ProgramSummaries &Program) const {
    auto It = Decisions.find(TU.MainFile);
    if (It == Decisions.end())
      return !needsProgram(TU, Program);
    // Analysed on its own: right while the program still adds nothing.
    if (!It->second.WithProgram)
      return !needsProgram(TU, Program);
    return It->second.Dependencies == programDependencies(TU, Program);
  }

  /// The rules ran with the program's summaries in the TU's first parse.
  bool withProgram(llvm::StringRef MainFile) const {
    auto It = Decisions.find(MainFile);
    return It != Decisions.end() && It->second.WithProgram;
  }

private:
  struct Decision {
    bool WithProgram = false;
    uint64_t Dependencies = 0;
  };
  std::shared_ptr<const ApiModel> Api;
  const EngineOptions &Opts;
  CompleteFn Complete;
  std::mutex Lock;
  std::vector<const TUIndex *> Known;
  std::deque<TUIndex> Parsed; ///< stable addresses for Known
  llvm::StringMap<Decision> Decisions;
};
} // namespace

void runWholeProgram(const clang::tooling::CompilationDatabase &DB,
                     llvm::ArrayRef<std::string> Files,
                     std::shared_ptr<const ApiModel> Api,
                     const EngineOptions &Opts, const RunnerOptions &Runner,
                     const WholeProgramOptions &WP, Report &Out) {
  llvm::StringSet<> IrrelevantElsewhere;
  std::vector<std::string> Selected =
      prefilter(DB, Files, WP, Out, IrrelevantElsewhere);
  Files = Selected;
  // Only some rules use what other TUs do; without them, one phase.
  auto Enabled = [&](llvm::StringRef Id) {
    return !Opts.RuleEnabled || Opts.RuleEnabled(Id);
  };
  const RuleRegistry &Rules = RuleRegistry::builtin();
  bool WantLinkFacts = Rules.anyEnabled(RuleScope::Link, Enabled);
  if (!Rules.anyEnabled(RuleScope::Program, Enabled) && !WantLinkFacts &&
      !WP.Verdicts) {
    runOnFiles(DB, Files, Engine(Api, Opts), Runner, Out);
    return;
  }
  // Index entries written without the linker rule lack its facts: with the
  // rule on, such a TU is analysed again.
  auto Usable = [&](const std::optional<TUIndex> &TU) {
    return TU && (!WantLinkFacts || TU->Link.Collected);
  };
  std::optional<IndexDir> Dir;
  if (!WP.IndexDir.empty()) {
    Dir.emplace(WP.IndexDir);
    if (llvm::Error E = Dir->prepare()) {
      Out.Notifications.push_back(
          {Level::Warning, llvm::toString(std::move(E)) +
                               "; going on without an index"});
      Dir.reset();
    }
  }

  // TUs whose facts the index still holds need no first phase: they are
  // analysed once, with the program's summaries, or not at all when their
  // findings are in the index too.
  std::vector<TUIndex> Reused;
  std::vector<std::string> FirstPhase, Again;
  llvm::StringSet<> Requested;
  for (const std::string &Given : Files) {
    std::string File = absolutePath(Given);
    Requested.insert(File);
    if (Dir) {
      std::string Damaged;
      std::optional<TUIndex> TU =
          Dir->load(File, commandKey(DB, File, Runner), &Damaged);
      if (Usable(TU)) {
        Reused.push_back(std::move(*TU));
        continue;
      }
      // The cache's trouble, not the code's: on stderr, not in the report,
      // whose findings are those of a run without the entry.
      if (!Damaged.empty())
        llvm::errs() << "metrics-init-check: warning: index entry of " << File
                     << " is damaged (" << Damaged << "); analysed again\n";
    }
    FirstPhase.push_back(Given);
  }
  // The database's other TUs, as the index last saw them: a run on a few
  // files still knows what the rest of the program does.
  std::vector<TUIndex> Context;
  if (Dir)
    for (const std::string &File : DB.getAllFiles())
      if (!Requested.count(absolutePath(File)))
        if (std::optional<TUIndex> TU =
                Dir->load(absolutePath(File), commandKey(DB, File, Runner));
            Usable(TU))
          Context.push_back(std::move(*TU));

  // Absence ("nothing in the program starts a server") needs every TU,
  // and a program: a library's database has no main.
  auto Complete = [&](llvm::ArrayRef<const TUIndex *> Known) {
    llvm::StringSet<> Covered;
    for (const TUIndex *TU : Known)
      Covered.insert(TU->MainFile);
    // A TU the prefilter left out has nothing the program could lack: it
    // counts as seen, as it would after parsing it. Those not asked for
    // count only with an index, which holds them after a run without the
    // prefilter: a run on a few files without one never sees the rest.
    for (const std::string &File : Out.Prefiltered)
      Covered.insert(File);
    if (Dir)
      for (const auto &E : IrrelevantElsewhere)
        Covered.insert(E.first());
    return llvm::any_of(Known,
                        [](const TUIndex *TU) { return TU->DefinesMain; }) &&
           llvm::all_of(DB.getAllFiles(), [&](const std::string &F) {
             return Covered.count(absolutePath(F));
           });
  };

  std::vector<TUIndex> Fresh;
  RunnerOptions FirstRunner = Runner;
  FirstRunner.RecordInputs = Dir.has_value();
  FirstParseProgram InParse(Api, Opts, Complete);
  for (const std::vector<TUIndex> *Set : {&Reused, &Context})
    for (const TUIndex &TU : *Set)
      InParse.know(TU);
  FirstRunner.AnalyseAgain = [&InParse](const TUIndex &TU) {
    return InParse.analyseAgain(TU);
  };
  runOnFiles(DB, definersFirst(FirstPhase), Engine(Api, Opts), FirstRunner,
             Out, &Fresh);

  std::vector<const TUIndex *> All;
  for (const std::vector<TUIndex> *Set : {&Reused, &Fresh, &Context})
    for (const TUIndex &TU : *Set)
      All.push_back(&TU);
  ProgramPassStats Stats;
  auto Program = std::make_shared<ProgramSummaries>(solveProgram(All, &Stats));
  Program->Complete = Complete(All);
  if (Dir)
    if (llvm::Error E = Dir->storeProgram(*Program))
      Out.Notifications.push_back(
          {Level::Warning, "program summaries not written: " +
                               llvm::toString(std::move(E))});

  // Unchanged TUs under an unchanged configuration and program: their
  // findings are those of the run that recorded them.
  std::optional<FindingsCache> Cache;
  if (Dir && !WP.FindingsKey.empty())
    Cache.emplace(WP.FindingsKey);
  std::vector<TUIndex *> Analysed;
  unsigned FromCache = 0;
  for (TUIndex &TU : Reused) {
    if (Cache && Cache->replay(TU, *Program, Out)) {
      if (std::optional<Notification> Note =
              removedOptionsNote(DB, TU.MainFile))
        Out.Notifications.push_back(std::move(*Note));
      ++FromCache;
      continue;
    }
    Again.push_back(TU.MainFile);
    Analysed.push_back(&TU);
  }
  // A TU's first parse saw the program as far as it was known then: its
  // findings stand when what its analysis reads of the program is the
  // same now.
  unsigned WithProgramInParse = 0;
  for (TUIndex &TU : Fresh) {
    Analysed.push_back(&TU);
    if (!InParse.stands(TU, *Program))
      Again.push_back(TU.MainFile);
    else if (InParse.withProgram(TU.MainFile))
      ++WithProgramInParse;
  }
  if (WP.Dump)
    llvm::errs() << "metrics-init-check: program pass: " << Stats.TUs
                 << " TU(s) (" << Reused.size() + Context.size()
                 << " from the index), " << Stats.Functions
                 << " function(s), " << Stats.Work << " node visit(s); "
                 << Again.size() + WithProgramInParse
                 << " TU(s) analysed with the program's summaries ("
                 << WithProgramInParse << " in their first parse); "
                 << FirstPhase.size() + Again.size() << " parse(s); "
                 << FromCache << " TU(s) from the findings cache\n";
  if (WP.Dump) {
    // Which TUs were parsed, each once: what the findings cache saved.
    std::set<std::string> Parsed(Again.begin(), Again.end());
    for (const std::string &File : FirstPhase)
      Parsed.insert(absolutePath(File));
    llvm::errs() << "metrics-init-check: parsed:";
    for (const std::string &File : Parsed)
      llvm::errs() << " " << File;
    llvm::errs() << "\n";
    llvm::errs() << "metrics-init-check: analysed again with the program:";
    for (const std::string &File : Again)
      llvm::errs() << " " << File;
    llvm::errs() << "\n";
  }
  if (!Again.empty())
    analyseWithProgram(DB, Again, Api, Opts, Runner, Program, Out);
  // The order TUs were analysed in (threads, cache, two phases) must not
  // show in the report: of a header's finding reached from several TUs,
  // normalise() keeps the first; and a TU parsed twice says its note once.
  stableSort(Out.Findings,
             [](const ResolvedFinding &A, const ResolvedFinding &B) {
               return A.MainFile < B.MainFile;
             });
  std::set<std::tuple<int, std::string, std::string>> Said;
  llvm::erase_if(Out.Notifications, [&](const Notification &N) {
    return !Said.insert({static_cast<int>(N.Severity), N.Message, N.File})
                .second;
  });
  if (Dir) {
    for (TUIndex *TU : Analysed) {
      if (Cache)
        Cache->record(*TU, *Program, Out);
      if (llvm::Error E = Dir->store(*TU))
        Out.Notifications.push_back(
            {Level::Warning, "index not updated for " + TU->MainFile + ": " +
                                 llvm::toString(std::move(E))});
    }
  }
  if (WantLinkFacts)
    runLinkerRule(All, Opts.Linker, WP, Out);
  if (Enabled(ConflictingDefinition::Id))
    for (const PlacedFinding &F :
         ConflictingDefinition::run(All, Opts.Conflicts))
      Out.Findings.push_back(resolve(F));
  Out.Programs =
      computeProgramVerdicts(All, verdictEvidence(Out.Findings), *Program);
  Out.HasVerdicts = true;
  Out.Inventory = programInventory(All);
}

} // namespace metrics_init_check
