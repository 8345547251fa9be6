//===--- ScanDriver.cpp - A scan of many repositories, end to end ---------===//

#include "ScanDriver.h"
#include "FileSafety.h"
#include "Prefilter.h"
#include "Progress.h"
#include "RepoFlags.h"
#include "ReportJson.h"
#include "ScanCache.h"
#include "ScanWorker.h"
#include "WorkerPool.h"

#include "AuditInputs.h"
#include "OutputFile.h"
#include "ProgramIndex.h"
#include "ProgramVerdicts.h"
#include "RegistrationDroppedByLinker.h"
#include "RuleRegistry.h"
#include "CheckGlobs.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace metrics_init_check {
namespace scan {

namespace fs = llvm::sys::fs;

bool inShard(llvm::StringRef Name, unsigned K, unsigned N) {
  if (N == 0)
    return true;
  // xxh3: the same on every machine and every run, unlike std::hash.
  uint64_t H = std::stoull(hashHex(Name), nullptr, 16);
  return H % N == K - 1;
}

namespace {

/// One TU of one repository through both phases.
struct TUState {
  size_t Repo = 0;
  TUCommand Command;
  std::string Key;       ///< scanKey(): the facts' command in the index
  std::string ResultKey; ///< Key and the main file's content
  std::optional<Report> First, Second;
  std::unique_ptr<TUIndex> Facts;
  bool Parsed = false;
};

struct RepoState {
  Repository Repo;
  RepoCommands Commands;
  std::string WorkDir;
  std::vector<size_t> TUs; ///< into the TU table
  /// TUs not parsed: the prefilter found nothing relevant in them.
  std::vector<std::string> Prefiltered;
  /// The group's whole-program pass as solve() solved it, kept until the
  /// verdicts are computed from it (judgePrograms): not solved again.
  std::optional<ProgramSummaries> Program;
};

/// The executable's size and time: a rebuilt tool of the same version must
/// not reuse what the old one cached.
std::string toolIdentity(const ToolContext &Tool, llvm::StringRef Exe) {
  fs::file_status Status;
  std::string Id = Tool.Version;
  if (!fs::status(Exe, Status))
    Id += ":" + std::to_string(Status.getSize()) + ":" +
          std::to_string(
              Status.getLastModificationTime().time_since_epoch().count());
  return Id;
}

std::string packsFingerprint(llvm::ArrayRef<std::string> Packs) {
  std::string Text;
  for (const std::string &Pack : Packs) {
    Text += Pack + '\0';
    if (auto Buffer = llvm::MemoryBuffer::getFile(Pack))
      Text += (*Buffer)->getBuffer();
  }
  return hashHex(Text);
}

std::string relativeTo(llvm::StringRef Root, llvm::StringRef File) {
  return isWithin(File, Root) ? File.drop_front(Root.size()).ltrim('/').str()
                              : File.str();
}

Report notAnalysed(llvm::StringRef File, llvm::StringRef Why) {
  Report R;
  R.FailedFiles.push_back(File.str());
  R.Notifications.push_back(
      {Level::Error, ("not analysed: " + File + ": " + Why).str(), File.str()});
  return R;
}

std::optional<Report> readCached(llvm::StringRef Path) {
  if (!fs::exists(Path))
    return std::nullopt;
  llvm::Expected<Report> R = readReportFile(Path);
  if (!R) {
    llvm::consumeError(R.takeError());
    return std::nullopt;
  }
  return std::move(*R);
}

void store(llvm::StringRef Path, const Report &R) {
  fs::create_directories(llvm::sys::path::parent_path(Path));
  llvm::consumeError(writeFileAtomically(
      Path, reportToJson(R).dump(-1, ' ', false,
                                 nlohmann::json::error_handler_t::replace)));
}

class Driver {
public:
  Driver(const ScanOptions &Opts, const ToolContext &Tool, ScanStats &Stats)
      : Opts(Opts), Tool(Tool), Stats(Stats) {}

  llvm::Expected<std::vector<RepoResult>> run() {
    Exe = llvm::sys::fs::getMainExecutable(Tool.Argv0,
                                           (void *)&workerMain);
    llvm::SmallString<256> Work;
    if (std::error_code EC =
            fs::createUniqueDirectory("metrics-init-check-scan", Work))
      return llvm::createStringError(EC, "no temporary folder: %s",
                                     EC.message().c_str());
    WorkDir = std::string(Work);
    Cache.emplace(Opts.CacheDir.empty() ? WorkDir + "/cache" : Opts.CacheDir);
    auto Result = scan();
    fs::remove_directories(WorkDir);
    return Result;
  }

private:
  llvm::Expected<std::vector<RepoResult>> scan() {
    auto Found = discoverRepositories(Opts.Dirs);
    if (!Found)
      return Found.takeError();
    Identity = toolIdentity(Tool, Exe);
    PacksId = packsFingerprint(Opts.RulePacks);
    if (Opts.Prefilter) {
      std::vector<RulePack> Packs = builtinRulePacks();
      for (const std::string &Path : Opts.RulePacks)
        if (llvm::Expected<RulePack> P = loadRulePackFile(Path))
          Packs.push_back(std::move(*P));
        else
          llvm::consumeError(P.takeError());
      Vocabulary = packVocabulary(Packs);
    }
    // Headers of nested repositories, for the include folders of the
    // repositories they are vendored into.
    std::vector<std::vector<std::string>> Vendored(Found->size());
    for (size_t I = 0; I < Found->size(); ++I)
      for (const Repository &Inner : *Found)
        if (&Inner != &(*Found)[I] && isWithin(Inner.Root, (*Found)[I].Root))
          Vendored[I].insert(Vendored[I].end(), Inner.Files.Headers.begin(),
                             Inner.Files.Headers.end());
    for (size_t I = 0; I < Found->size(); ++I) {
      Repository &Repo = (*Found)[I];
      if (!inShard(Repo.Group, Opts.ShardIndex, Opts.ShardCount)) {
        ++Stats.SkippedRepositories;
        continue;
      }
      // Folders without a C or C++ source (docs, scripts) are not
      // repositories worth a run of their own.
      if (Repo.Files.Sources.empty())
        continue;
      prepare(std::move(Repo), Vendored[I]);
    }
    Stats.Repositories = Repos.size();
    Stats.TUs = TUs.size();
    for (const RepoState &Repo : Repos)
      Stats.TUs += Repo.Prefiltered.size();

    Progress Bar(Opts.Quiet);
    std::vector<size_t> First;
    for (size_t I = 0; I < TUs.size(); ++I)
      if (!reuseFirst(TUs[I]))
        First.push_back(I);
    Bar.addWork(First.size());
    runPhase(First, /*Second=*/false, Bar);

    std::vector<size_t> Second;
    for (RepoState &Repo : Repos)
      solve(Repo, Second);
    Bar.addWork(Second.size());
    runPhase(Second, /*Second=*/true, Bar);
    Bar.finish();

    std::vector<RepoResult> Results;
    for (RepoState &Repo : Repos)
      Results.push_back(assemble(Repo));
    judgePrograms(Results);
    return Results;
  }

  void prepare(Repository Repo, llvm::ArrayRef<std::string> Vendored) {
    RepoState State;
    State.WorkDir = WorkDir + "/" + std::to_string(Repos.size());
    fs::create_directories(State.WorkDir);
    State.Commands = repositoryCommands(Repo, Opts.StubDir, Vendored);
    std::vector<bool> Relevant(State.Commands.TUs.size(), true);
    if (Opts.Prefilter) {
      std::vector<std::string> Sources, Headers = Repo.Files.Headers;
      Headers.insert(Headers.end(), Vendored.begin(), Vendored.end());
      for (const TUCommand &C : State.Commands.TUs)
        Sources.push_back(C.File);
      Relevant = selectRelevant(Sources, Headers, Vocabulary);
    }
    if (llvm::Error E = writeDatabase(State.WorkDir + "/compile_commands.json",
                                      State.Commands.TUs))
      State.Commands.Notes.push_back("cannot write its compile commands: " +
                                     llvm::toString(std::move(E)));
    for (size_t I = 0; I < State.Commands.TUs.size(); ++I) {
      const TUCommand &C = State.Commands.TUs[I];
      if (!Relevant[I]) {
        State.Prefiltered.push_back(C.File);
        continue;
      }
      TUState TU;
      TU.Repo = Repos.size();
      TU.Command = C;
      TU.Key = scanKey(C.File, C.Directory, C.Args, Identity, Opts.Checks,
                       PacksId);
      std::optional<uint64_t> Content = hashFile(C.File);
      TU.ResultKey = hashHex(TU.Key + ":" +
                             std::to_string(Content ? *Content : 0));
      State.TUs.push_back(TUs.size());
      TUs.push_back(std::move(TU));
    }
    State.Repo = std::move(Repo);
    Repos.push_back(std::move(State));
  }

  const Repository &repoOf(const TUState &TU) const {
    return Repos[TU.Repo].Repo;
  }

  /// The first phase's report and facts from the cache, if still valid.
  bool reuseFirst(TUState &TU) {
    const std::string &Root = repoOf(TU).Root;
    std::optional<Report> R = readCached(Cache->firstPhase(Root, TU.ResultKey));
    if (!R)
      return false;
    if (R->FailedFiles.empty()) {
      std::optional<TUIndex> Facts =
          IndexDir(Cache->indexDir(Root)).load(TU.Command.File, TU.Key);
      if (!Facts)
        return false;
      TU.Facts = std::make_unique<TUIndex>(std::move(*Facts));
    }
    TU.First = std::move(R);
    return true;
  }

  WorkerJob jobFor(const TUState &TU, bool Second) const {
    const RepoState &Repo = Repos[TU.Repo];
    WorkerJob Job;
    Job.Database = Repo.WorkDir + "/compile_commands.json";
    Job.File = TU.Command.File;
    Job.Root = Repo.Repo.Root;
    Job.Bound = Repo.Repo.Bound;
    Job.Key = TU.Key;
    Job.IndexDir = Cache->indexDir(Repo.Repo.Root);
    Job.Checks = Opts.Checks;
    Job.RulePacks = Opts.RulePacks;
    if (Second) {
      Job.Program = Repo.WorkDir + "/program";
      Job.Result = Cache->secondPhase(Repo.Repo.Root, TU.ResultKey,
                                      ProgramHash.lookup(Repo.Repo.Root));
    } else {
      Job.Result = Cache->firstPhase(Repo.Repo.Root, TU.ResultKey);
    }
    return Job;
  }

  void runPhase(llvm::ArrayRef<size_t> Which, bool Second, Progress &Bar) {
    std::vector<ProcessJob> Jobs;
    std::vector<WorkerJob> Work;
    for (size_t I : Which) {
      WorkerJob Job = jobFor(TUs[I], Second);
      fs::create_directories(llvm::sys::path::parent_path(Job.Result));
      ProcessJob P;
      P.Args = {WorkerCommand};
      for (std::string &Arg : workerArguments(Job))
        P.Args.push_back(std::move(Arg));
      P.StderrFile = WorkDir + "/worker-" + std::to_string(Jobs.size()) +
                     (Second ? "-2" : "-1") + ".err";
      P.Label = repoOf(TUs[I]).Name + "/" +
                relativeTo(repoOf(TUs[I]).Root, TUs[I].Command.File);
      Jobs.push_back(std::move(P));
      Work.push_back(std::move(Job));
    }
    PoolOptions Pool;
    Pool.Jobs = Opts.Jobs;
    Pool.TimeoutSeconds = Opts.TimeoutSeconds;
    Pool.MemoryMB = Opts.MemoryMB;
    std::vector<ProcessOutcome> Outcomes = runProcesses(
        Exe, Jobs, Pool, [&](size_t I) { Bar.done(Jobs[I].Label); });
    for (size_t J = 0; J < Which.size(); ++J) {
      TUState &TU = TUs[Which[J]];
      TU.Parsed = true;
      ++Stats.Parsed;
      std::optional<Report> R;
      std::string Why = Outcomes[J].Why;
      if (Outcomes[J].Ok) {
        llvm::Expected<Report> Read = readReportFile(Work[J].Result);
        if (Read)
          R = std::move(*Read);
        else
          Why = llvm::toString(Read.takeError());
      }
      if (!R) {
        R = notAnalysed(TU.Command.File, Why);
        // A crash happens again on the same input; a timeout may not
        // (a busy machine), so it is not kept.
        if (!llvm::StringRef(Why).contains("--tu-timeout"))
          store(Work[J].Result, *R);
      }
      if (Second) {
        TU.Second = std::move(R);
        continue;
      }
      if (R->FailedFiles.empty())
        if (std::optional<TUIndex> Facts =
                IndexDir(Work[J].IndexDir).load(TU.Command.File, TU.Key))
          TU.Facts = std::make_unique<TUIndex>(std::move(*Facts));
      TU.First = std::move(R);
    }
  }

  /// The program pass of one repository; TUs that need its summaries go
  /// to \p Again (unless the cache has their second phase).
  void solve(RepoState &Repo, std::vector<size_t> &Again) {
    std::vector<const TUIndex *> All;
    for (size_t I : Repo.TUs)
      if (TUs[I].Facts)
        All.push_back(TUs[I].Facts.get());
    if (All.empty())
      return;
    // The repository's own TUs decide whether it is a whole program; the
    // others of its group (the repository it is vendored into, those
    // vendored into it) only say what their functions do.
    bool Complete =
        llvm::any_of(All, [](const TUIndex *TU) { return TU->DefinesMain; }) &&
        All.size() == Repo.TUs.size();
    std::vector<const TUIndex *> WithGroup = All;
    for (const RepoState &Other : Repos)
      if (&Other != &Repo && Other.Repo.Group == Repo.Repo.Group)
        for (size_t I : Other.TUs)
          if (TUs[I].Facts)
            WithGroup.push_back(TUs[I].Facts.get());
    ProgramSummaries &Program = Repo.Program.emplace(solveProgram(WithGroup));
    Program.Complete = Complete;
    std::string ProgramDir = Repo.WorkDir + "/program";
    fs::create_directories(ProgramDir);
    if (llvm::Error E = IndexDir(ProgramDir).storeProgram(Program)) {
      Repo.Commands.Notes.push_back("program summaries not written: " +
                                    llvm::toString(std::move(E)));
      return;
    }
    auto Text = llvm::MemoryBuffer::getFile(ProgramDir + "/program.json");
    std::string Hash = hashHex(Text ? (*Text)->getBuffer() : "");
    ProgramHash[Repo.Repo.Root] = Hash;
    for (size_t I : Repo.TUs) {
      TUState &TU = TUs[I];
      if (!TU.Facts || !needsProgram(*TU.Facts, Program))
        continue;
      if (std::optional<Report> R = readCached(
              Cache->secondPhase(Repo.Repo.Root, TU.ResultKey, Hash))) {
        TU.Second = std::move(R);
        continue;
      }
      Again.push_back(I);
    }
    // The linker rule needs every TU's link facts at once.
    CheckGlobs Enabled(Opts.Checks);
    if (Enabled.enabled(RegistrationDroppedByLinker::Id)) {
      RegistrationDroppedByLinker::Result Linked =
          RegistrationDroppedByLinker::run(All, nullptr);
      for (const PlacedFinding &F : Linked.Findings)
        Linker[Repo.Repo.Root].push_back(resolve(F));
    }
  }

  RepoResult assemble(RepoState &Repo) {
    RepoResult Out;
    Out.Name = Repo.Repo.Name;
    Out.Root = Repo.Repo.Root;
    Out.Vcs = readVcsInfo(Repo.Repo.Root);
    Report &R = Out.R;
    R.SourceRoot = Repo.Repo.Root;
    for (const std::string &Note : Repo.Commands.Notes)
      R.Notifications.push_back({Level::Note, Note});
    for (const SkippedFile &S : Repo.Repo.Files.Skipped)
      R.Notifications.push_back(
          {Level::Note,
           relativeTo(Repo.Repo.Root, S.Path) + ": skipped: " + S.Reason,
           S.Path});
    for (const std::string &File : Repo.Prefiltered) {
      ++Out.TUs;
      ++Stats.Prefiltered;
      R.Notifications.push_back(
          {Level::Note,
           relativeTo(Repo.Repo.Root, File) +
               ": not parsed: it names nothing a rule pack knows (API, "
               "object, serve point, environment source, entry point) nor "
               "a function of a TU that does (prefilter; --no-prefilter "
               "parses it)",
           File});
    }
    for (size_t I : Repo.TUs) {
      TUState &TU = TUs[I];
      ++Out.TUs;
      if (TU.Parsed)
        ++Out.Parsed;
      else
        ++Out.FromCache;
      if (TU.Command.FromRepository)
        ++Out.WithRepositoryFlags;
      Report Part = TU.Second ? std::move(*TU.Second) : std::move(*TU.First);
      if (Part.FailedFiles.empty()) {
        std::string Note =
            relativeTo(Repo.Repo.Root, TU.Command.File) + ": analysed with " +
            std::string(TU.Command.FromRepository
                            ? "the repository's compile_commands.json flags"
                            : "synthesised flags");
        auto Errors = Part.RecoveredErrors.find(TU.Command.File);
        if (Errors != Part.RecoveredErrors.end()) {
          Note += "; clang recovered from " + std::to_string(Errors->second) +
                  " error(s)";
          ++Stats.WithRecoveredErrors;
        }
        R.Notifications.push_back({Level::Note, Note, TU.Command.File});
      } else {
        ++Stats.NotAnalysed;
      }
      appendReport(R, std::move(Part));
    }
    for (ResolvedFinding &F : Linker[Repo.Repo.Root])
      R.Findings.push_back(std::move(F));
    Stats.FromCache += Out.FromCache;
    Stats.WithRepositoryFlags += Out.WithRepositoryFlags;
    return Out;
  }

  /// Each repository's program verdicts and metrics inventory, from the
  /// facts its TUs already have (nothing is parsed again). A program is
  /// judged as it was analysed: with the functions and the findings of its
  /// whole group, so a vendored library's set-up counts; the programs and
  /// metrics listed are the repository's own.
  void judgePrograms(std::vector<RepoResult> &Results) {
    for (size_t I = 0; I < Repos.size(); ++I) {
      std::vector<const TUIndex *> Own, Others;
      std::vector<VerdictEvidence> Evidence;
      for (size_t J = 0; J < Repos.size(); ++J) {
        if (Repos[J].Repo.Group != Repos[I].Repo.Group)
          continue;
        for (size_t T : Repos[J].TUs)
          if (TUs[T].Facts)
            (J == I ? Own : Others).push_back(TUs[T].Facts.get());
        std::vector<VerdictEvidence> Found =
            verdictEvidence(Results[J].R.Findings);
        Evidence.insert(Evidence.end(), Found.begin(), Found.end());
      }
      // The programs listed are the repository's services: none of a
      // library vendored into another repository (libconfuse's examples in
      // yeti's third/ are not yeti's programs). Tests are not programs
      // (computeProgramVerdicts).
      llvm::StringSet<> OwnFiles;
      bool Vendored = Repos[I].Repo.Group != Repos[I].Repo.Name;
      for (const TUIndex *TU : Own)
        if (!Vendored)
          OwnFiles.insert(TU->MainFile);
      std::vector<const TUIndex *> Group = Own;
      Group.insert(Group.end(), Others.begin(), Others.end());
      Report &R = Results[I].R;
      // Group is the list solve() solved, in its order. Without a solved
      // program the repository has no facts of its own, so no programs.
      if (const std::optional<ProgramSummaries> &Program = Repos[I].Program)
        for (ProgramVerdict &P :
             computeProgramVerdicts(Group, Evidence, *Program))
          if (OwnFiles.count(P.EntryFile))
            R.Programs.push_back(std::move(P));
      // Every repository's summaries can be large: none is kept longer
      // than its verdicts need it.
      Repos[I].Program.reset();
      R.Inventory = programInventory(Own);
      R.HasVerdicts = true;
      R.RepositoryNames[Results[I].Root] = Results[I].Name;
    }
  }

  const ScanOptions &Opts;
  const ToolContext &Tool;
  ScanStats &Stats;
  std::string Exe, WorkDir, Identity, PacksId;
  std::optional<ScanCache> Cache;
  std::vector<RepoState> Repos;
  std::vector<TUState> TUs;
  llvm::StringMap<std::string> ProgramHash;
  llvm::StringMap<std::vector<ResolvedFinding>> Linker;
  PackVocabulary Vocabulary;
};

} // namespace

llvm::Expected<std::vector<RepoResult>> runScan(const ScanOptions &Opts,
                                                const ToolContext &Tool,
                                                ScanStats &Stats) {
  return Driver(Opts, Tool, Stats).run();
}

} // namespace scan
} // namespace metrics_init_check
