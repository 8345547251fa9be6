//===--- MetricsInitCheck.cpp - The metrics-init-check command -------------===//
//
// The CI front end: reads a compilation database, runs the engine on every
// TU and writes text, SARIF or JSON. All analysis lives in matchers/; this
// file is option parsing, exit codes and output.
//
// Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or
// configuration error (nothing analysed); 3 some TUs could not be analysed
// (findings from the others are still reported); 4 the analysis ran but
// writing the report or the fixes failed.
//
//===----------------------------------------------------------------------===//

#include "AuditReport.h"
#include "Baseline.h"
#include "ChangedFiles.h"
#include "CompileDatabase.h"
#include "CTestPrograms.h"
#include "CommandSafety.h"
#include "CMakeFileApi.h"
#include "CheckGlobs.h"
#include "Engine.h"
#include "EngineConfig.h"
#include "FindingsCache.h"
#include "MemoryGuard.h"
#include "LineHash.h"
#include "OutputFile.h"
#include "FileSafety.h"
#include "Prefilter.h"
#include "Options.h"
#include "ProjectRoot.h"
#include "RunOutput.h"
#include "RuleRegistry.h"
#include "ScanCommand.h"
#include "Suppressions.h"
#include "TURunner.h"
#include "TidyConfig.h"
#include "TreeWalk.h"
#include "WholeProgram.h"
#include "Writers.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cstdlib>
#include <thread>

using namespace metrics_init_check;
using namespace metrics_init_check::cli;
namespace cl = llvm::cl;
using Format = ReportFormat;

namespace {

enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitUsage = 2,
                ExitNotAnalysed = 3, ExitOutputFailed = 4 };

int usageError(const llvm::Twine &Message) {
  llvm::errs() << "metrics-init-check: error: " << Message << "\n";
  return ExitUsage;
}

/// After the analysis: 2 would say that nothing was analysed.
int outputError(const llvm::Twine &Message) {
  llvm::errs() << "metrics-init-check: error: " << Message
               << " (the analysis ran; its output is incomplete)\n";
  return ExitOutputFailed;
}

void printRules(const RuleRegistry &Rules, const CheckGlobs &Enabled,
                bool ExplicitChecks) {
  for (const RuleInfo &Rule : Rules.rules()) {
    llvm::outs() << Rule.Id << " [" << levelName(Rule.DefaultLevel) << "]"
                 << (!Enabled.enabled(Rule.Id) ? " (disabled by --checks)"
                     : !ExplicitChecks && Rule.AuditOnly
                         ? " (audit only: on in `report` and with "
                           "--report-dir, or when --checks names it)"
                         : "")
                 << "\n    " << Rule.ShortDescription << "\n";
    for (const RuleOption &Opt : Rule.Options)
      llvm::outs() << "    option " << Opt.Name << " (default " << Opt.Default
                   << "): " << Opt.Description << "\n";
    llvm::outs() << "    docs: " << Rule.HelpUri << "\n";
  }
}

/// What the configuration stage decides: the rules, their options, the
/// packs, and the --explain-config account of where each came from.
struct Settings {
  TidyConfig Tidy;
  std::string TidyOrigin;
  std::vector<std::string> Explained;
  std::optional<CheckGlobs> Enabled;
  /// The check list came from --checks or a .clang-tidy, not the default:
  /// its globs decide alone, audit-only rules included.
  bool ExplicitChecks = false;
  /// The effective --checks list (command line or .clang-tidy).
  std::string CheckList;
  EngineConfig Config;
  EngineOptions Engine;
  std::shared_ptr<const ApiModel> Api;
  Level FailLevel = Level::Warning;
};

/// What the input stage loads before any TU is parsed: configuration
/// errors come out before a long analysis, not after it.
struct Inputs {
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  std::vector<std::string> Files;
  std::optional<SuppressionFile> Suppressions;
  std::vector<BaselineResult> Previous;
  RunnerOptions Runner;
  std::string BuildDir;
};

/// Parses the command line. Flags after `--` go through the driver as soon
/// as they are read (to find file names among them): the options that run
/// programs or load code are removed first, as from a database's commands.
std::optional<int>
parseCommandLine(int argc, const char **argv,
                 std::unique_ptr<clang::tooling::CompilationDatabase> &Fixed) {
  std::vector<std::string> SafeArgs;
  std::vector<const char *> SafeArgv(argv, argv + argc);
  for (int I = 1; I < argc; ++I)
    if (llvm::StringRef(argv[I]) == "--") {
      std::vector<std::string> Removed;
      SafeArgs = withoutUnsafeOptions(
          std::vector<std::string>(argv + I + 1, argv + argc), &Removed,
          /*WithProgram=*/false);
      for (const std::string &R : Removed)
        llvm::errs() << "metrics-init-check: note: '" << R
                     << "' after '--' ignored: it can run a program or load "
                        "code\n";
      SafeArgv.resize(I + 1);
      for (const std::string &Arg : SafeArgs)
        SafeArgv.push_back(Arg.c_str());
      break;
    }

  int Argc = SafeArgv.size();
  std::string FixedError;
  Fixed = clang::tooling::FixedCompilationDatabase::loadFromCommandLine(
      Argc, SafeArgv.data(), FixedError);
  std::string ParseErrors;
  llvm::raw_string_ostream ParseOS(ParseErrors);
  if (!cl::ParseCommandLineOptions(
          Argc, SafeArgv.data(),
          "Finds code paths where a C/C++ service skips metrics "
          "initialisation.\n\nExit codes: 0 clean, 1 findings at or above "
          "--fail-on, 2 usage or configuration error, 3 some files could "
          "not be analysed, 4 the report or the fixes could not be "
          "written.\n",
          &ParseOS)) {
    ParseOS.flush();
    llvm::errs() << ParseErrors;
    return ExitUsage;
  }
  return std::nullopt;
}

/// The build directory of -p (which may name the database file).
std::string buildDirOf() {
  if (BuildPath.empty())
    return std::string();
  return llvm::sys::fs::is_directory(BuildPath)
             ? BuildPath.getValue()
             : llvm::sys::path::parent_path(BuildPath).str();
}

/// Reads .clang-tidy and decides which rules run.
std::optional<int> readConfigFile(Settings &S) {
  llvm::Expected<TidyConfig> Tidy =
      readTidyConfig(ConfigFile, /*Search=*/!NoConfigFromTree);
  if (!Tidy)
    return usageError(llvm::toString(Tidy.takeError()));
  S.Tidy = std::move(*Tidy);
  // A .clang-tidy that came with the analysed tree configures rules, not
  // where the tool writes or what it reads.
  restrictTreeConfig(S.Tidy, buildDirOf());
  if (!ExplainConfig)
    for (const std::string &Why : S.Tidy.Refused)
      llvm::errs() << "metrics-init-check: warning: " << Why << "\n";
  S.TidyOrigin = "from " + S.Tidy.Path;
  if (!S.Tidy.Path.empty())
    S.Explained.push_back("configuration file: " + S.Tidy.Path +
                          (S.Tidy.FromTree ? " (the nearest .clang-tidy above "
                                             "the current directory)"
                                           : " (--config-file)"));
  else
    S.Explained.push_back(NoConfigFromTree ? "configuration file: none "
                                             "(--no-config-from-tree)"
                                           : "configuration file: none found");
  // The .clang-tidy's Checks decide when they speak of our rules and the
  // command line does not.
  std::string CheckList = Checks;
  if (Checks.getNumOccurrences() == 0 && S.Tidy.Checks &&
      llvm::StringRef(*S.Tidy.Checks).contains("metrics-"))
    CheckList = *S.Tidy.Checks;
  S.Enabled.emplace(CheckList);
  S.ExplicitChecks = Checks.getNumOccurrences() || CheckList != Checks;
  S.CheckList = CheckList;
  S.Explained.push_back("Checks: " + CheckList + " (" +
                        (Checks.getNumOccurrences() ? "--checks"
                         : CheckList != Checks      ? S.TidyOrigin
                                                    : "default") +
                        ")");
  return std::nullopt;
}

/// The modes that do one thing and exit: --list-rules, --debug-line-hashes,
/// --write-cmake-query.
std::optional<int> runSingleActions(const Settings &S) {
  if (ListRules) {
    printRules(RuleRegistry::builtin(), *S.Enabled, S.ExplicitChecks);
    return ExitClean;
  }
  if (!DebugLineHashes.empty()) {
    auto Buffer = llvm::MemoryBuffer::getFile(DebugLineHashes);
    if (!Buffer)
      return usageError("cannot read '" + DebugLineHashes + "'");
    unsigned Line = 0;
    for (const std::string &Hash : lineHashes((*Buffer)->getBuffer()))
      llvm::outs() << ++Line << " " << Hash << "\n";
    return ExitClean;
  }
  if (WriteCMakeQuery) {
    if (BuildPath.empty())
      return usageError("--write-cmake-query needs -p <build-dir>");
    if (llvm::Error E = writeCMakeQuery(BuildPath))
      return usageError(llvm::toString(std::move(E)));
    llvm::errs() << "metrics-init-check: wrote the CMake File API query in '"
                 << BuildPath << "'; configure it with cmake again\n";
    return ExitClean;
  }
  return std::nullopt;
}

/// The engine's options and packs: .clang-tidy first, so the command line
/// wins; both through the loader the clang-tidy plugin uses.
std::optional<int> configureEngine(Settings &S) {
  S.Engine = defaultEngineOptions();
  const CheckGlobs &Enabled = *S.Enabled;
  // Without a check list, the registry says which rules run: audit-only
  // ones (the inventory's lint) only in an audit. A given list is read as
  // clang-tidy reads it, so `metrics-*` there means every rule.
  bool ByDefault = !S.ExplicitChecks, Audit = !ReportDir.empty();
  S.Engine.RuleEnabled = [&Enabled, ByDefault, Audit](llvm::StringRef Id) {
    return Enabled.enabled(Id) &&
           (!ByDefault || RuleRegistry::builtin().onByDefault(Id, Audit));
  };
  for (const auto &[Key, Value] : S.Tidy.CheckOptions)
    if (S.Config.take(Key, Value))
      S.Explained.push_back(Key + "=" + Value + " (" + S.TidyOrigin + ")");
  for (const std::string &Option : RuleOptions) {
    auto [Key, Value] = llvm::StringRef(Option).split('=');
    auto [RuleId, Name] = Key.rsplit('.');
    if (!RuleRegistry::builtin().find(RuleId))
      return usageError("option " + Option + ": unknown rule '" + RuleId +
                        "'");
    S.Config.take(Key, Value);
    S.Explained.push_back(Option + " (--option)");
  }
  for (const std::string &Path : RulePacks)
    S.Config.addPackPath(Path);
  for (const std::string &Glob : ReportIn) {
    if (auto G = llvm::GlobPattern::create(Glob); !G)
      return usageError("--report-in '" + Glob +
                        "': " + llvm::toString(G.takeError()));
    S.Config.addReportIn(Glob);
  }
  S.Engine.Ownership.IncludeTests = IncludeTests;
  if (std::optional<EngineConfig::OptionError> E = S.Config.applyTo(S.Engine))
    return usageError("option " + E->Key + "=" + E->Value + ": " +
                      E->Message);
  EngineConfig::LoadErrors PackErrors;
  S.Api = S.Config.loadApi(PackErrors);
  for (const std::string &Error : PackErrors.Packs)
    llvm::errs() << Error << "\n";
  if (!PackErrors.Packs.empty())
    return usageError("malformed rule pack (see above)");
  if (!PackErrors.Options.empty())
    return usageError(PackErrors.Options);
  return std::nullopt;
}

/// --explain-config: every setting and what supplied it.
int explainConfig(Settings &S) {
  for (const std::string &Path : RulePacks)
    S.Explained.push_back("rule pack " + Path + " (--rules)");
  if (IndexDirPath.getNumOccurrences())
    S.Explained.push_back("index directory " + IndexDirPath + " (--index-dir)");
  else if (!S.Config.indexDir().empty())
    S.Explained.push_back("index directory " + S.Config.indexDir() + " (" +
                          S.TidyOrigin + ")");
  for (const std::string &Why : S.Tidy.Refused)
    S.Explained.push_back("ignored: " + Why);
  for (const std::string &Line : S.Explained)
    llvm::outs() << Line << "\n";
  return ExitClean;
}

/// Stage 1: everything that decides what the run does.
std::optional<int> configure(Settings &S) {
  if (std::optional<int> Exit = readConfigFile(S))
    return Exit;
  if (std::optional<int> Exit = runSingleActions(S))
    return Exit;
  // --dump is MIC_DEBUG_DUMP, which the engine reads (debugDumpRequest).
  if (!DebugDump.empty()) {
    if (!llvm::is_contained({"function-graphs", "summaries", "preprocessor",
                             "program"},
                            DebugDump.getValue()))
      return usageError("--dump must be function-graphs, summaries, "
                        "preprocessor or program, not '" +
                        DebugDump + "'");
    setenv("MIC_DEBUG_DUMP", DebugDump.c_str(), 1);
  }
  if (FailOnNew && Baseline.empty())
    return usageError("--fail-on-new needs --baseline=<previous.sarif>");
  if (MaxResults == 0)
    return usageError("--max-results must be at least 1");
  std::optional<Level> FailLevel = parseLevel(FailOn);
  if (!FailLevel || *FailLevel == Level::None)
    return usageError("--fail-on must be note, warning or error, not '" +
                      FailOn + "'");
  S.FailLevel = *FailLevel;
  if (std::optional<int> Exit = configureEngine(S))
    return Exit;
  if (ExplainConfig)
    return explainConfig(S);
  return std::nullopt;
}

/// Stage 2: the database, the files to analyse, the suppression file and
/// the baseline; the report's header.
std::optional<int>
loadInputs(Settings &S, std::unique_ptr<clang::tooling::CompilationDatabase> Fixed,
           int argc, const char **argv, Inputs &In, Report &R) {
  // Fail before a long analysis, not after it.
  if (llvm::Error E = checkWritable(OutputPath))
    return usageError(llvm::toString(std::move(E)));
  if (!ExportFixes.empty())
    if (llvm::Error E = checkWritable(ExportFixes))
      return usageError(llvm::toString(std::move(E)));
  if (!SarifOutputPath.empty())
    if (llvm::Error E = checkWritable(SarifOutputPath))
      return usageError(llvm::toString(std::move(E)));

  std::string DBError;
  In.DB = loadDatabase(BuildPath, Sources, std::move(Fixed), DBError);
  if (!In.DB)
    return usageError(DBError);
  In.Files.assign(Sources.begin(), Sources.end());
  if (In.Files.empty())
    In.Files = In.DB->getAllFiles();
  if (In.Files.empty())
    return usageError("the compilation database lists no files");

  llvm::SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.c_str());
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  while (Root.size() > 1 && Root.back() == '/')
    Root.pop_back();
  R.SourceRoot = std::string(Root);
  for (int I = 0; I < argc; ++I)
    R.CommandLine.push_back(argv[I]);
  R.WholeDatabase = Sources.empty() && ChangedSince.empty();

  if (!SuppressionsPath.empty()) {
    auto Loaded = SuppressionFile::load(SuppressionsPath, RuleRegistry::builtin());
    if (!Loaded)
      return usageError(llvm::toString(Loaded.takeError()));
    In.Suppressions = std::move(*Loaded);
  }
  if (!Baseline.empty()) {
    auto Loaded = loadBaseline(Baseline, R.SourceRoot);
    if (!Loaded)
      return usageError(llvm::toString(Loaded.takeError()));
    In.Previous = std::move(*Loaded);
  }

  In.Runner.Jobs =
      Jobs ? Jobs : llvm::hardware_concurrency().compute_thread_count();
  if (!MaxMemory.empty()) {
    std::optional<uint64_t> Limit = parseMemorySize(MaxMemory);
    if (!Limit)
      return usageError("--max-memory must be a size such as 512M or 2G, "
                        "not '" + MaxMemory + "'");
    In.Runner.MaxMemory = *Limit;
  }
  In.Runner.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  In.Runner.ExtraArgsBefore.assign(ExtraArgsBefore.begin(),
                                   ExtraArgsBefore.end());
  In.Runner.ResourceDir = MIC_CLANG_RESOURCE_DIR;
  if (!ChangedSince.empty()) {
    std::vector<std::string> Configuration = S.Config.packPaths();
    Configuration.push_back(S.Tidy.Path);
    if (!BuildPath.empty()) {
      llvm::SmallString<256> Database(BuildPath);
      if (llvm::sys::fs::is_directory(Database))
        llvm::sys::path::append(Database, "compile_commands.json");
      Configuration.push_back(std::string(Database));
    }
    auto Selected = selectChangedTUs(ChangedSince, *In.DB, In.Files,
                                     Configuration, In.Runner);
    if (!Selected)
      return usageError(llvm::toString(Selected.takeError()));
    In.Files = std::move(*Selected);
  }
  if (!BuildPath.empty())
    In.BuildDir = absolutePath(buildDirOf());
  setProjectRoot(S.Engine.Ownership, ProjectRoot, In.BuildDir,
                 In.DB->getAllFiles());
  if (!S.Engine.Ownership.IncludeTests)
    S.Engine.Ownership.TestSources =
        std::make_shared<const llvm::StringMap<std::string>>(
            ctestSources(In.BuildDir));
  return std::nullopt;
}

/// The headers under \p Root and \p BuildDir (generated ones), for the
/// prefilter. Symlinks are not followed and hidden folders (.git) not
/// entered; a root of "/" (files all over the machine) gives none, since
/// walking it would cost more than the prefilter saves.
std::vector<std::string> projectHeaders(llvm::StringRef Root,
                                        llvm::StringRef BuildDir) {
  std::vector<std::string> Headers;
  llvm::StringSet<> Walked;
  for (llvm::StringRef Dir : {Root, BuildDir}) {
    if (Dir.empty() || Dir == "/" || !Walked.insert(Dir).second)
      continue;
    if (Dir != Root && !Root.empty() && isWithin(Dir, Root))
      continue;
    std::error_code EC;
    for (llvm::sys::fs::recursive_directory_iterator
             It(Dir, EC, /*follow_symlinks=*/false),
         End;
         It != End && !EC; It.increment(EC)) {
      llvm::StringRef Name = llvm::sys::path::filename(It->path());
      if (It->type() == llvm::sys::fs::file_type::directory_file) {
        if (Name.starts_with("."))
          It.no_push();
        continue;
      }
      if (It->type() == llvm::sys::fs::file_type::regular_file &&
          scan::classify(It->path()) == scan::FileKind::Header)
        Headers.push_back(It->path());
    }
  }
  return Headers;
}

/// Everything besides a TU's files, command and program that decides its
/// findings: the tool itself (a rebuilt binary is another tool), the
/// rules, their options, the packs' contents and whose code is reported.
std::string findingsConfigKey(const Settings &S) {
  std::vector<std::string> Parts = {MIC_VERSION, LLVM_VERSION_STRING};
  llvm::sys::fs::file_status Tool;
  if (!llvm::sys::fs::status("/proc/self/exe", Tool))
    Parts.push_back(std::to_string(Tool.getSize()) + "@" +
                    std::to_string(llvm::sys::toTimeT(
                        Tool.getLastModificationTime())));
  Parts.push_back("checks=" + S.CheckList);
  for (const auto &[Key, Value] : S.Tidy.CheckOptions)
    Parts.push_back("tidy:" + Key + "=" + Value);
  for (const std::string &Option : RuleOptions)
    Parts.push_back("option:" + Option);
  const OwnershipOptions &Own = S.Engine.Ownership;
  Parts.push_back("root=" + Own.SourceRoot);
  for (const std::string &Root : Own.ExcludedRoots)
    Parts.push_back("excluded=" + Root);
  for (const std::string &Glob : Own.ReportIn)
    Parts.push_back("report-in=" + Glob);
  Parts.push_back(Own.IncludeTests ? "tests" : "no-tests");
  if (Own.TestSources) {
    std::vector<std::string> Tests;
    for (const auto &Entry : *Own.TestSources)
      Tests.push_back("test:" + Entry.getKey().str() + "=" +
                      Entry.getValue());
    llvm::sort(Tests);
    Parts.insert(Parts.end(), Tests.begin(), Tests.end());
  }
  return configurationKey(Parts, S.Config.packPaths());
}

/// Stage 3: both phases of the analysis, then what the report keeps.
std::optional<BaselineCounts> analyse(const Settings &S, Inputs &In,
                                      Report &R) {
  WholeProgramOptions WP;
  WP.IndexDir = IndexDirPath.getNumOccurrences() ? IndexDirPath.getValue()
                                                 : S.Config.indexDir();
  WP.BuildDir = buildDirOf();
  WP.Verdicts = !ReportDir.empty();
  WP.Dump = debugDumpRequest() == "program";
  // The other dumps print during a TU's analysis: one asked for is made.
  if (!WP.IndexDir.empty() &&
      (debugDumpRequest().empty() || debugDumpRequest() == "program"))
    WP.FindingsKey = findingsConfigKey(S);
  std::optional<PackVocabulary> Vocabulary;
  if (!NoPrefilter) {
    // configureEngine() loaded the same packs already and stopped on
    // errors: none are left to report here.
    EngineConfig::LoadErrors Ignored;
    Vocabulary = packVocabulary(S.Config.loadPacks(Ignored));
    WP.Prefilter = &*Vocabulary;
    WP.ProjectHeaders =
        projectHeaders(S.Engine.Ownership.SourceRoot, In.BuildDir);
  }
  runWholeProgram(*In.DB, In.Files, S.Api, S.Engine, In.Runner, WP, R);
  R.normalise();
  assignLineHashes(R);
  if (In.Suppressions)
    In.Suppressions->apply(R);
  if (Baseline.empty())
    return std::nullopt;
  return applyBaseline(R, std::move(In.Previous));
}

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM Init(argc, argv);
  // `scan`, `merge` and the scan's worker processes have options of their
  // own (checker/scan/ScanCommand.h).
  if (argc > 1 && scan::isScanCommand(argv[1]))
    return scan::scanCommandMain(
        argc, argv, {MIC_VERSION, MIC_CLANG_RESOURCE_DIR, argv[0]});
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "metrics-init-check " << MIC_VERSION << " (LLVM "
       << LLVM_VERSION_STRING << ")\n";
  });
  // `report DIR ...` is a run with --report-dir=DIR whose findings are
  // the audit's evidence, not a failure: only errors set the exit code.
  std::vector<std::string> ReportArgs;
  std::vector<const char *> ReportArgv;
  bool ReportCommand = argc > 1 && llvm::StringRef(argv[1]) == "report";
  if (ReportCommand) {
    if (argc < 3 || llvm::StringRef(argv[2]).starts_with("-"))
      return usageError("usage: metrics-init-check report DIR [options] "
                        "[files]");
    ReportArgs.push_back("--report-dir=" + std::string(argv[2]));
    ReportArgv.push_back(argv[0]);
    ReportArgv.push_back(ReportArgs.back().c_str());
    ReportArgv.insert(ReportArgv.end(), argv + 3, argv + argc);
    argc = ReportArgv.size();
    argv = ReportArgv.data();
  }
  std::unique_ptr<clang::tooling::CompilationDatabase> Fixed;
  if (std::optional<int> Exit = parseCommandLine(argc, argv, Fixed))
    return *Exit;
  Settings S;
  if (std::optional<int> Exit = configure(S))
    return *Exit;
  Inputs In;
  Report R;
  if (std::optional<int> Exit =
          loadInputs(S, std::move(Fixed), argc, argv, In, R))
    return *Exit;
  std::optional<BaselineCounts> Compared = analyse(S, In, R);

  // Stage 4: the report, the fixes, the summary and the exit code
  // (RunOutput.cpp).
  OutputRequest Out;
  Out.Format = OutputFormat;
  Out.Path = OutputPath;
  Out.ExportFixes = ExportFixes;
  Out.Fix = Fix;
  Out.Sarif.Category = SarifCategory;
  Out.Sarif.Limits.MaxResults = MaxResults;
  Out.Sarif.Limits.MaxGzippedBytes = MaxUploadBytes;
  Out.DebugPauseBeforeOutput = DebugPauseBeforeOutput;
  Out.SarifOutput = SarifOutputPath;
  if (std::optional<std::string> Error = writeOutputs(R, Out))
    return outputError(*Error);
  if (!ReportDir.empty()) {
    // The audit names programs by repository and by place relative to the
    // root. Without --source-root, a run from the build folder would name
    // every file by its absolute path and group nothing; the project root
    // that decides whose code is whose names them instead.
    const std::string &ProjectRoot = S.Engine.Ownership.SourceRoot;
    llvm::StringRef AuditRoot = SourceRoot.empty() && !ProjectRoot.empty()
                                    ? llvm::StringRef(ProjectRoot)
                                    : llvm::StringRef(R.SourceRoot);
    if (llvm::Error E = writeAuditReport(R, AuditRoot, ReportDir))
      return outputError(llvm::toString(std::move(E)));
  }
  RunVerdict Verdict;
  Verdict.FailLevel = S.FailLevel;
  Verdict.FailOnNew = FailOnNew;
  Verdict.HasSuppressionFile = In.Suppressions.has_value();
  Verdict.Compared = Compared;
  Verdict.SourceRoot = S.Engine.Ownership.SourceRoot;
  Verdict.NotificationsOnStderr =
      OutputFormat != Format::Text || OutputPath != "-";
  unsigned AtOrAbove = summariseRun(R, Verdict);
  if (!R.FailedFiles.empty())
    return ExitNotAnalysed;
  return AtOrAbove && !ReportCommand ? ExitFindings : ExitClean;
}
