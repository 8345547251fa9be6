//===--- ScanCommand.cpp - The `scan` and `merge` sub-commands ------------===//
//
// Exit codes as the CLI's: 0 no finding at or above --fail-on; 1 findings;
// 2 usage error (nothing scanned); 3 some TUs were not analysed; 4 the
// report could not be written.
//
//===----------------------------------------------------------------------===//

#include "ScanCommand.h"
#include "ScanCache.h"
#include "ScanDriver.h"
#include "ScanOutput.h"
#include "ScanWorker.h"

#include "AuditReport.h"
#include "LineHash.h"
#include "RulePack.h"
#include "RuleRegistry.h"
#include "OutputFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

namespace metrics_init_check {
namespace scan {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitUsage = 2,
                ExitNotAnalysed = 3, ExitOutputFailed = 4 };

const char *ScanHelp = R"(USAGE: metrics-init-check scan [options] DIR...

Finds the repositories in each DIR (git roots, and the sub-folders of
vendor/ third_party/ third/ contrib/ external/ deps/ 3rdparty/ ...) and analyses every C and C++
file of each with all rules, without a build and without running anything
from the trees. See docs/scan.md.

OPTIONS:
  --format=text|sarif|json   report format (default text)
  -o <file>                  write the report to <file> ('-': stdout)
  --report-dir=<dir>         also write the metrics audit there: summary.md,
                             programs.json, inventory.csv/json, index.html
  -j <n>                     worker processes (default: all cores)
  --tu-timeout=<seconds>     stop a TU's analysis after this long (120)
  --tu-memory=<MB>           memory limit of one TU's analysis (4096; 0: none)
  --stub-headers=<dir>       declaration-only headers, searched last
                             (default: <exe>/../share/metrics-init-check/headers)
  --cache-dir=<dir>          keep per-TU results between runs (default:
                             $XDG_CACHE_HOME/metrics-init-check/scan)
  --no-cache                 keep nothing between runs
  --no-prefilter             parse every TU, even those a token scan finds
                             can involve no rule-pack API or serve point
  --shard=<k>/<n>            scan only the repositories of shard k of n
  --checks=<globs>           rules to run (default metrics-* but the
                             audit-only naming and label lint)
  --rules=<path>             additional rule pack (file or folder); repeatable
  --fail-on=note|warning|error  lowest level that makes the exit code 1
  --quiet                    no progress or per-repository lines

USAGE: metrics-init-check merge [--report-dir=<dir>] <out> <in>...
  Joins the SARIF (or JSON) outputs of the shards of one scan into what the
  unsharded scan writes; with --report-dir, also the audit the unsharded
  scan's --report-dir writes.
)";

int usage(const llvm::Twine &Message) {
  llvm::errs() << "metrics-init-check: error: " << Message << "\n";
  return ExitUsage;
}

/// "512", "512M", "4G" as megabytes.
std::optional<unsigned> parseMegabytes(llvm::StringRef Text) {
  unsigned Scale = 1;
  if (Text.consume_back_insensitive("g") || Text.consume_back_insensitive("gb"))
    Scale = 1024;
  else
    Text.consume_back_insensitive("m") || Text.consume_back_insensitive("mb");
  unsigned Value;
  if (Text.getAsInteger(10, Value))
    return std::nullopt;
  return Value * Scale;
}

std::string besideExecutable(llvm::StringRef Exe) {
  llvm::SmallString<256> Dir(path::parent_path(Exe));
  path::append(Dir, "..", "share", "metrics-init-check", "headers");
  path::remove_dots(Dir, /*remove_dot_dot=*/true);
  return std::string(Dir);
}

/// Rule pack paths: folders become their .json files, sorted.
bool expandPacks(const std::vector<std::string> &Given,
                 std::vector<std::string> &Files) {
  for (const std::string &Path : Given) {
    if (!fs::is_directory(Path)) {
      if (!fs::exists(Path)) {
        usage("rule pack '" + Path + "' does not exist");
        return false;
      }
      llvm::SmallString<256> Abs(Path);
      fs::make_absolute(Abs);
      Files.push_back(std::string(Abs));
      continue;
    }
    std::vector<std::string> In;
    std::error_code EC;
    for (fs::directory_iterator It(Path, EC), End; It != End && !EC;
         It.increment(EC))
      if (llvm::StringRef(It->path()).ends_with(".json")) {
        llvm::SmallString<256> Abs(It->path());
        fs::make_absolute(Abs);
        In.push_back(std::string(Abs));
      }
    std::sort(In.begin(), In.end());
    Files.insert(Files.end(), In.begin(), In.end());
  }
  return true;
}

/// The folder the audit names files from: the scanned folder, or the
/// innermost one holding every scanned folder (real paths, as the
/// repositories' roots are).
std::string commonFolder(llvm::ArrayRef<std::string> Dirs) {
  std::string Common;
  for (const std::string &Dir : Dirs) {
    llvm::SmallString<256> Real;
    if (fs::real_path(Dir, Real))
      continue;
    if (Common.empty()) {
      Common = std::string(Real);
      continue;
    }
    while (Common.size() > 1 && Real != Common &&
           !llvm::StringRef(Real).starts_with(Common + "/"))
      Common = path::parent_path(Common).str();
  }
  return Common;
}

int scanMain(int Argc, const char **Argv, const ToolContext &Tool) {
  ScanOptions Opts;
  // The naming and label lint is audit-only (rules.json `enabled`).
  Opts.Checks = RuleRegistry::builtin().defaultChecks();
  enum class Format { Text, Sarif, Json } OutFormat = Format::Text;
  std::string Output = "-", StubDir, FailOn = "warning", ReportDir;
  bool StubGiven = false, NoCache = false, CacheGiven = false;
  std::vector<std::string> Packs;
  unsigned Jobs = 0;
  Opts.MemoryMB = 4096;
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    llvm::StringRef Name = Arg.split('=').first;
    llvm::StringRef Inline = Arg.split('=').second;
    bool HasInline = Arg.contains('=');
    // -j4 and -o- are accepted as well as -j 4, --format sarif.
    if (Arg.starts_with("-j") && Arg.size() > 2 && Arg != "-j") {
      Name = "-j";
      Inline = Arg.drop_front(Arg[2] == '=' ? 3 : 2);
      HasInline = true;
    }
    auto Value = [&](std::string &Out) {
      if (HasInline) {
        Out = Inline.str();
        return true;
      }
      if (I + 1 >= Argc)
        return false;
      Out = Argv[++I];
      return true;
    };
    std::string V;
    if (Name == "--help" || Name == "-h") {
      llvm::outs() << ScanHelp;
      return ExitClean;
    } else if (Name == "--quiet") {
      Opts.Quiet = true;
    } else if (Name == "--no-cache") {
      NoCache = true;
    } else if (Name == "--no-prefilter") {
      Opts.Prefilter = false;
    } else if (Arg.starts_with("-") && Arg != "-" && !Value(V)) {
      return usage("option '" + Name + "' needs a value");
    } else if (Name == "--format") {
      if (V == "text")
        OutFormat = Format::Text;
      else if (V == "sarif")
        OutFormat = Format::Sarif;
      else if (V == "json")
        OutFormat = Format::Json;
      else
        return usage("--format of a scan is text, sarif or json, not '" + V +
                     "'");
    } else if (Name == "-o" || Name == "--output") {
      Output = V;
    } else if (Name == "--report-dir") {
      if (V.empty())
        return usage("--report-dir needs a folder");
      ReportDir = V;
    } else if (Name == "-j") {
      if (llvm::StringRef(V).getAsInteger(10, Jobs) || Jobs == 0)
        return usage("-j needs a number of processes, not '" + V + "'");
    } else if (Name == "--tu-timeout") {
      llvm::StringRef T = V;
      T.consume_back("s");
      if (T.getAsInteger(10, Opts.TimeoutSeconds) || Opts.TimeoutSeconds == 0)
        return usage("--tu-timeout needs seconds, not '" + V + "'");
    } else if (Name == "--tu-memory") {
      std::optional<unsigned> MB = parseMegabytes(V);
      if (!MB)
        return usage("--tu-memory needs megabytes (or 4G), not '" + V + "'");
      Opts.MemoryMB = *MB;
    } else if (Name == "--stub-headers") {
      StubDir = V;
      StubGiven = true;
    } else if (Name == "--cache-dir") {
      Opts.CacheDir = V;
      CacheGiven = true;
    } else if (Name == "--shard") {
      auto [K, N] = llvm::StringRef(V).split('/');
      if (K.getAsInteger(10, Opts.ShardIndex) ||
          N.getAsInteger(10, Opts.ShardCount) || Opts.ShardCount == 0 ||
          Opts.ShardIndex == 0 || Opts.ShardIndex > Opts.ShardCount)
        return usage("--shard needs k/n with 1 <= k <= n, not '" + V + "'");
    } else if (Name == "--checks") {
      Opts.Checks = V;
    } else if (Name == "--rules") {
      Packs.push_back(V);
    } else if (Name == "--fail-on") {
      FailOn = V;
    } else if (Arg.starts_with("-") && Arg != "-") {
      return usage("unknown option '" + Arg + "' (see scan --help)");
    } else {
      Opts.Dirs.push_back(Arg.str());
    }
  }
  if (Opts.Dirs.empty())
    return usage("scan needs at least one folder (see scan --help)");
  std::optional<Level> FailLevel = parseLevel(FailOn);
  if (!FailLevel || *FailLevel == Level::None)
    return usage("--fail-on must be note, warning or error, not '" + FailOn +
                 "'");
  if (!expandPacks(Packs, Opts.RulePacks))
    return ExitUsage;
  // Checked here, once, rather than failing in every worker.
  for (const std::string &Pack : Opts.RulePacks)
    if (llvm::Expected<RulePack> Loaded = loadRulePackFile(Pack); !Loaded)
      return usage(llvm::toString(Loaded.takeError()));
  Opts.Jobs = Jobs ? Jobs
                   : llvm::hardware_concurrency().compute_thread_count();

  std::string Exe = fs::getMainExecutable(Tool.Argv0, (void *)&scanMain);
  if (!StubGiven)
    StubDir = besideExecutable(Exe);
  if (fs::is_directory(StubDir)) {
    llvm::SmallString<256> Abs(StubDir);
    fs::make_absolute(Abs);
    Opts.StubDir = std::string(Abs);
  } else if (StubGiven) {
    return usage("--stub-headers '" + StubDir + "' is not a folder");
  } else {
    // A binary copied without its share/ folder: every library not
    // installed here stops resolving, and most programs then read as
    // defining no metrics. Say so rather than scan quietly worse.
    llvm::errs() << "metrics-init-check: warning: no declaration-only "
                    "headers at '"
                 << StubDir
                 << "' (the tool was copied without its share/ folder): "
                    "metrics libraries not installed on this machine will "
                    "not resolve; pass --stub-headers=<dir>\n";
  }
  if (NoCache) {
    Opts.CacheDir.clear();
  } else {
    if (!CacheGiven)
      Opts.CacheDir = defaultCacheDir();
    if (!Opts.CacheDir.empty()) {
      if (std::error_code EC = fs::create_directories(Opts.CacheDir)) {
        if (CacheGiven)
          return usage("cannot use --cache-dir '" + Opts.CacheDir +
                       "': " + EC.message());
        // The default place is a convenience: a scan without it still runs.
        Opts.CacheDir.clear();
      } else {
        llvm::SmallString<256> Abs(Opts.CacheDir);
        fs::make_absolute(Abs);
        Opts.CacheDir = std::string(Abs);
      }
    }
  }
  if (llvm::Error E = checkWritable(Output))
    return usage(llvm::toString(std::move(E)));

  ScanStats Stats;
  llvm::Expected<std::vector<RepoResult>> Scanned = runScan(Opts, Tool, Stats);
  if (!Scanned)
    return usage(llvm::toString(Scanned.takeError()));
  std::vector<RepoResult> &Repos = *Scanned;
  unsigned AtOrAbove = 0, Findings = 0, NotAnalysed = 0;
  for (RepoResult &Repo : Repos) {
    Repo.R.normalise();
    assignLineHashes(Repo.R);
    NotAnalysed += Repo.R.FailedFiles.size();
    for (const ResolvedFinding &F : Repo.R.Findings) {
      if (F.suppressed())
        continue;
      ++Findings;
      AtOrAbove += F.Severity >= *FailLevel;
    }
  }

  ToolInfo Info;
  Info.Version = Tool.Version;
  std::string AuditRoot = commonFolder(Opts.Dirs);
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  switch (OutFormat) {
  case Format::Text:
    writeScanText(Repos, OS);
    break;
  case Format::Sarif:
    OS << scanSarif(Repos, RuleRegistry::builtin(), Info, AuditRoot).dump(2)
       << "\n";
    break;
  case Format::Json:
    OS << scanJson(Repos, Info, AuditRoot).dump(2) << "\n";
    break;
  }
  OS.flush();
  if (llvm::Error E = writeFileAtomically(Output, Text)) {
    llvm::errs() << "metrics-init-check: error: " << llvm::toString(std::move(E))
                 << " (the scan ran; its output is incomplete)\n";
    return ExitOutputFailed;
  }

  if (!ReportDir.empty())
    if (llvm::Error E =
            writeAuditReport(scanAudit(Repos), AuditRoot, ReportDir)) {
      llvm::errs() << "metrics-init-check: error: "
                   << llvm::toString(std::move(E))
                   << " (the scan ran; its audit is incomplete)\n";
      return ExitOutputFailed;
    }

  if (!Opts.Quiet) {
    if (!llvm::sys::Process::StandardErrIsDisplayed() ||
        OutFormat != Format::Text || Output != "-")
      for (const RepoResult &Repo : Repos)
        llvm::errs() << "metrics-init-check: " << Repo.Name << ": " << Repo.TUs
                     << " TU(s), " << Repo.WithRepositoryFlags
                     << " with its compile_commands.json, "
                     << Repo.R.FailedFiles.size() << " not analysed, "
                     << Repo.R.Findings.size() << " finding(s)\n";
    llvm::errs() << "metrics-init-check: scanned " << Stats.Repositories
                 << " repositor" << (Stats.Repositories == 1 ? "y" : "ies");
    if (Opts.ShardCount)
      llvm::errs() << " (shard " << Opts.ShardIndex << "/" << Opts.ShardCount
                   << "; " << Stats.SkippedRepositories << " in other shards)";
    llvm::errs() << ", " << Stats.TUs << " TU(s): " << Stats.Parsed
                 << " parsed, " << Stats.FromCache << " from the cache, "
                 << Stats.Prefiltered << " left out by the prefilter; "
                 << Stats.WithRepositoryFlags
                 << " with the repository's flags, "
                 << Stats.TUs - Stats.Prefiltered - Stats.WithRepositoryFlags
                 << " with synthesised ones; " << Stats.WithRecoveredErrors
                 << " with errors clang recovered from; " << NotAnalysed
                 << " not analysed; " << Findings << " finding(s), "
                 << AtOrAbove << " at or above " << levelName(*FailLevel)
                 << "\n";
  }
  if (NotAnalysed)
    return ExitNotAnalysed;
  return AtOrAbove ? ExitFindings : ExitClean;
}

int mergeMain(int Argc, const char **Argv) {
  std::string ReportDir;
  std::vector<std::string> Files;
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--report-dir" || Arg.starts_with("--report-dir=")) {
      if (Arg.consume_front("--report-dir="))
        ReportDir = Arg.str();
      else if (I + 1 < Argc)
        ReportDir = Argv[++I];
      if (ReportDir.empty())
        return usage("--report-dir needs a folder");
    } else if (Arg.starts_with("-") && Arg != "-") {
      return usage("unknown option '" + Arg + "' of merge (see scan --help)");
    } else {
      Files.push_back(Arg.str());
    }
  }
  if (Files.size() < 2)
    return usage("merge needs an output file and at least one input: "
                 "merge [--report-dir=<dir>] <out> <in>...");
  std::vector<std::string> Inputs(Files.begin() + 1, Files.end());
  llvm::Expected<nlohmann::json> Merged = mergeOutputs(Inputs);
  if (!Merged)
    return usage(llvm::toString(Merged.takeError()));
  // Checked before anything is written: an input without the audit's data
  // is a usage error, like one of the wrong format.
  std::optional<MergedAudit> Audit;
  if (!ReportDir.empty()) {
    llvm::Expected<MergedAudit> Made = mergedAudit(*Merged);
    if (!Made)
      return usage(llvm::toString(Made.takeError()));
    Audit = std::move(*Made);
  }
  if (llvm::Error E = writeFileAtomically(Files[0], Merged->dump(2) + "\n")) {
    llvm::errs() << "metrics-init-check: error: "
                 << llvm::toString(std::move(E)) << "\n";
    return ExitOutputFailed;
  }
  if (Audit)
    if (llvm::Error E = writeAuditReport(Audit->R, Audit->Root, ReportDir)) {
      llvm::errs() << "metrics-init-check: error: "
                   << llvm::toString(std::move(E))
                   << " (the outputs are merged; the audit is incomplete)\n";
      return ExitOutputFailed;
    }
  return ExitClean;
}

} // namespace

bool isScanCommand(llvm::StringRef Arg) {
  return Arg == "scan" || Arg == "merge" || Arg == WorkerCommand;
}

int scanCommandMain(int Argc, const char **Argv, const ToolContext &Tool) {
  llvm::StringRef Command = Argv[1];
  if (Command == WorkerCommand)
    return workerMain(Argc, Argv, Tool);
  if (Command == "merge")
    return mergeMain(Argc, Argv);
  return scanMain(Argc, Argv, Tool);
}

} // namespace scan
} // namespace metrics_init_check
