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

#include "Baseline.h"
#include "ChangedFiles.h"
#include "CTestPrograms.h"
#include "CommandSafety.h"
#include "CMakeFileApi.h"
#include "CheckGlobs.h"
#include "Engine.h"
#include "LineHash.h"
#include "OutputFile.h"
#include "ProjectRoot.h"
#include "RuleRegistry.h"
#include "Suppressions.h"
#include "TURunner.h"
#include "TidyConfig.h"
#include "WholeProgram.h"
#include "Writers.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
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
namespace cl = llvm::cl;

namespace {

enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitUsage = 2,
                ExitNotAnalysed = 3, ExitOutputFailed = 4 };

cl::OptionCategory Category("metrics-init-check options");

cl::opt<std::string> BuildPath(
    "p", cl::desc("Build directory holding compile_commands.json (or the "
                  "file itself)"),
    cl::value_desc("build-dir"), cl::cat(Category));
cl::list<std::string> Sources(cl::Positional, cl::desc("[<file> ...]"),
                              cl::cat(Category));
cl::opt<std::string> Checks(
    "checks",
    cl::desc("Rules to run, clang-tidy glob syntax (default: metrics-*)"),
    cl::init("metrics-*"), cl::cat(Category));
cl::list<std::string> RulePacks(
    "rules",
    cl::desc("Additional rule pack (JSON file, or a directory of them); "
             "repeatable"),
    cl::value_desc("path"), cl::cat(Category));
cl::opt<bool> ListRules("list-rules", cl::desc("List the rules and exit"),
                        cl::cat(Category));
enum class Format { Text, Sarif, Json, CodeClimate };
cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "compiler-style diagnostics"),
               clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(Format::Json, "json", "compact JSON"),
               clEnumValN(Format::CodeClimate, "codeclimate",
                          "GitLab Code Quality (CodeClimate JSON)")),
    cl::cat(Category));
cl::opt<std::string> OutputPath(
    "o", cl::desc("Write the report to <file> ('-' for stdout), atomically"),
    cl::value_desc("file"), cl::init("-"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Number of TUs analysed in parallel"),
                       cl::Prefix, cl::init(0), cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply suggested fixes to the sources"),
                  cl::cat(Category));
cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("Write fixes as clang-apply-replacements YAML to <file>"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> FailOn(
    "fail-on",
    cl::desc("Lowest level that makes the exit code 1: note, warning, error "
             "(default warning)"),
    cl::init("warning"), cl::cat(Category));
cl::list<std::string> RuleOptions(
    "option",
    cl::desc("Rule option, as in .clang-tidy CheckOptions: "
             "<rule-id>.<Name>=<value>; repeatable"),
    cl::value_desc("key=value"), cl::cat(Category));
cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc(".clang-tidy file to take metrics-* Checks and CheckOptions "
             "from (default: the nearest .clang-tidy above the current "
             "directory)"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> NoConfigFromTree(
    "no-config-from-tree",
    cl::desc("Read no .clang-tidy from the current directory or its parents "
             "(only --config-file, if given): for scanning code you do not "
             "trust"),
    cl::cat(Category));
cl::opt<bool> ExplainConfig(
    "explain-config",
    cl::desc("Print each setting and the configuration file or option that "
             "supplied it, then exit"),
    cl::cat(Category));
cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("Root that SARIF URIs and text paths are relative to (default: "
             "the current directory)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> IndexDirPath(
    "index-dir",
    cl::desc("Keep per-TU facts in <dir> between runs (reused for TUs that "
             "did not change) and write the whole-program summaries the "
             "clang-tidy plugin's IndexDir option reads"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> Baseline(
    "baseline",
    cl::desc("Previous SARIF report: mark results new, unchanged, updated "
             "or absent"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> FailOnNew(
    "fail-on-new",
    cl::desc("Only new findings (against --baseline) make the exit code 1"),
    cl::cat(Category));
cl::opt<std::string> ChangedSince(
    "changed-since",
    cl::desc("Analyse only the TUs affected by files changed since the merge "
             "base with this git ref (committed or not)"),
    cl::value_desc("git-ref"), cl::cat(Category));
cl::opt<std::string> SuppressionsPath(
    "suppressions",
    cl::desc("Suppression file (JSON): accepted findings, each with a "
             "justification"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> SarifCategory(
    "sarif-category",
    cl::desc("SARIF automationDetails.id: one category per uploaded run, as "
             "upload-sarif's category input"),
    cl::value_desc("name"), cl::cat(Category));
cl::opt<unsigned> MaxResults(
    "max-results",
    cl::desc("Most results in one SARIF run (default and GitHub's limit: "
             "25000)"),
    cl::init(25000), cl::cat(Category));
// GitHub's upload limit is 10 MB gzipped; smaller in the tests of the cap.
cl::opt<unsigned> MaxUploadBytes("max-upload-bytes", cl::Hidden,
                                 cl::init(10u << 20), cl::cat(Category));
// For the tests of LineHash.cpp against GitHub's algorithm: every line's
// primaryLocationLineHash of a file.
cl::opt<std::string> DebugLineHashes("debug-line-hashes", cl::Hidden,
                                     cl::value_desc("file"),
                                     cl::cat(Category));
// For the tests of files changed or removed during the run: after the
// analysis, before the report and fixes are written, create <file> and
// wait (up to a minute) until it is deleted. Runs nothing.
cl::opt<std::string> DebugPauseBeforeOutput("debug-pause-before-output",
                                            cl::Hidden, cl::value_desc("file"),
                                            cl::cat(Category));
// For the rule tests (test/check_rule.py): the report also as SARIF, from
// the same analysis as the main output, so one run gives the text that is
// FileChecked and the SARIF that is compared with it.
cl::opt<std::string> SarifOutputPath("sarif-output", cl::Hidden,
                                     cl::value_desc("file"),
                                     cl::cat(Category));
// Debug dumps to stderr, as clang's analyses offer them: each TU's function
// graphs or set-up summaries, the preprocessor rule's record, the whole-
// program pass (the same as MIC_DEBUG_DUMP=<what>).
cl::opt<std::string> DebugDump(
    "dump", cl::Hidden,
    cl::value_desc("function-graphs|summaries|preprocessor|program"),
    cl::cat(Category));
cl::opt<bool> WriteCMakeQuery(
    "write-cmake-query",
    cl::desc("Write the CMake File API query (.cmake/api/v1/query/"
             "codemodel-v2) into the -p build directory and exit; the next "
             "cmake run there writes the build graph that "
             "metrics-registration-dropped-by-linker reads"),
    cl::cat(Category));
cl::list<std::string> ReportIn(
    "report-in",
    cl::desc("Report findings in files matching this glob even when they are "
             "a metrics library's or a dependency's code (absolute, or "
             "relative to the project root); repeatable"),
    cl::value_desc("glob"), cl::cat(Category));
cl::opt<std::string> ProjectRoot(
    "project-root",
    cl::desc("The project's own sources: findings outside it, or under its "
             "dependency folders (third_party/, _deps/, vendor/, ...), are "
             "not reported (default: the source directory of a CMake build "
             "directory, else the deepest folder holding every file of the "
             "compilation database outside the build directory)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> IncludeTests(
    "include-tests",
    cl::desc("Analyse test and benchmark programs (gtest, Catch2, doctest, "
             "Google Benchmark, tests/ and bench/ folders) as services"),
    cl::cat(Category));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Append to the compile command"),
                                cl::cat(Category));
cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before", cl::desc("Prepend to the compile command"),
    cl::cat(Category));

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

/// Loads -p, or the flags after `--`, or a database found next to the
/// first source file.
std::unique_ptr<clang::tooling::CompilationDatabase>
loadDatabase(std::unique_ptr<clang::tooling::CompilationDatabase> Fixed,
             std::string &Error) {
  using namespace clang::tooling;
  if (!BuildPath.empty()) {
    llvm::SmallString<256> Path(BuildPath);
    if (llvm::sys::fs::is_directory(Path))
      llvm::sys::path::append(Path, "compile_commands.json");
    if (!llvm::sys::fs::exists(Path)) {
      Error = "no compilation database at '" + std::string(Path) +
              "': configure the build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, "
              "or pass compiler flags after '--'";
      return nullptr;
    }
    std::string LoadError;
    auto DB = JSONCompilationDatabase::loadFromFile(
        Path, LoadError, JSONCommandLineSyntax::AutoDetect);
    if (!DB) {
      Error = "cannot load compilation database '" + std::string(Path) +
              "': " + LoadError;
      return nullptr;
    }
    // Response files expanded here, so that the options in them are
    // checked like the others (CommandSafety.h).
    return inferMissingCompileCommands(
        expandResponseFiles(std::move(DB), llvm::vfs::getRealFileSystem()));
  }
  if (Fixed)
    return Fixed;
  if (!Sources.empty()) {
    std::string Ignored;
    if (auto DB = CompilationDatabase::autoDetectFromSource(Sources.front(),
                                                            Ignored))
      return inferMissingCompileCommands(expandResponseFiles(
          std::move(DB), llvm::vfs::getRealFileSystem()));
  }
  Error = "no compilation database: pass -p <build-dir> (with "
          "compile_commands.json) or compiler flags after '--'";
  return nullptr;
}

bool loadPacks(llvm::ArrayRef<std::string> Paths,
               std::vector<RulePack> &Packs) {
  bool Ok = true;
  for (const std::string &Path : Paths) {
    std::vector<std::string> Files;
    if (llvm::sys::fs::is_directory(Path)) {
      std::error_code EC;
      for (llvm::sys::fs::directory_iterator It(Path, EC), End;
           It != End && !EC; It.increment(EC))
        if (llvm::StringRef(It->path()).ends_with(".json"))
          Files.push_back(It->path());
      std::sort(Files.begin(), Files.end());
      if (EC) {
        llvm::errs() << Path << ": error: cannot list rule packs: "
                     << EC.message() << "\n";
        Ok = false;
      }
    } else {
      Files.push_back(Path);
    }
    for (const std::string &File : Files) {
      llvm::Expected<RulePack> Pack = loadRulePackFile(File);
      if (!Pack) {
        llvm::errs() << llvm::toString(Pack.takeError()) << "\n";
        Ok = false;
        continue;
      }
      Packs.push_back(std::move(*Pack));
    }
  }
  return Ok;
}

void printRules(const RuleRegistry &Rules, const CheckGlobs &Enabled) {
  for (const RuleInfo &Rule : Rules.rules()) {
    llvm::outs() << Rule.Id << " [" << levelName(Rule.DefaultLevel) << "]"
                 << (Enabled.enabled(Rule.Id) ? "" : " (disabled by --checks)")
                 << "\n    " << Rule.ShortDescription << "\n";
    for (const RuleOption &Opt : Rule.Options)
      llvm::outs() << "    option " << Opt.Name << " (default " << Opt.Default
                   << "): " << Opt.Description << "\n";
    llvm::outs() << "    docs: " << Rule.HelpUri << "\n";
  }
}

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM Init(argc, argv);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "metrics-init-check " << MIC_VERSION << " (LLVM "
       << LLVM_VERSION_STRING << ")\n";
  });

  // Flags after `--` go through the driver as soon as they are read (to
  // find file names among them): the options that run programs or load
  // code are removed first, as from a database's commands.
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
  std::unique_ptr<clang::tooling::CompilationDatabase> Fixed =
      clang::tooling::FixedCompilationDatabase::loadFromCommandLine(
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

  const RuleRegistry &Rules = RuleRegistry::builtin();
  llvm::Expected<TidyConfig> Tidy =
      readTidyConfig(ConfigFile, /*Search=*/!NoConfigFromTree);
  if (!Tidy)
    return usageError(llvm::toString(Tidy.takeError()));
  // A .clang-tidy that came with the analysed tree configures rules, not
  // where the tool writes or what it reads.
  restrictTreeConfig(*Tidy, BuildPath.empty() ? ""
                            : llvm::sys::fs::is_directory(BuildPath)
                                ? BuildPath.getValue()
                                : llvm::sys::path::parent_path(BuildPath).str());
  if (!ExplainConfig)
    for (const std::string &Why : Tidy->Refused)
      llvm::errs() << "metrics-init-check: warning: " << Why << "\n";
  // --explain-config: every setting and what supplied it.
  std::vector<std::string> Explained;
  std::string TidyOrigin = "from " + Tidy->Path;
  if (!Tidy->Path.empty())
    Explained.push_back("configuration file: " + Tidy->Path +
                        (Tidy->FromTree ? " (the nearest .clang-tidy above "
                                          "the current directory)"
                                        : " (--config-file)"));
  else
    Explained.push_back(NoConfigFromTree ? "configuration file: none "
                                           "(--no-config-from-tree)"
                                         : "configuration file: none found");
  // The .clang-tidy's Checks decide when they speak of our rules and the
  // command line does not.
  std::string CheckList = Checks;
  if (Checks.getNumOccurrences() == 0 && Tidy->Checks &&
      llvm::StringRef(*Tidy->Checks).contains("metrics-"))
    CheckList = *Tidy->Checks;
  CheckGlobs Enabled(CheckList);
  Explained.push_back("Checks: " + CheckList + " (" +
                      (Checks.getNumOccurrences() ? "--checks"
                       : CheckList != Checks ? TidyOrigin
                                             : "default") +
                      ")");
  if (ListRules) {
    printRules(Rules, Enabled);
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
  if (WriteCMakeQuery) {
    if (BuildPath.empty())
      return usageError("--write-cmake-query needs -p <build-dir>");
    if (llvm::Error E = writeCMakeQuery(BuildPath))
      return usageError(llvm::toString(std::move(E)));
    llvm::errs() << "metrics-init-check: wrote the CMake File API query in '"
                 << BuildPath << "'; configure it with cmake again\n";
    return ExitClean;
  }
  std::optional<Level> FailLevel = parseLevel(FailOn);
  if (!FailLevel || *FailLevel == Level::None)
    return usageError("--fail-on must be note, warning or error, not '" +
                      FailOn + "'");

  EngineOptions EOpts;
  EOpts.RuleEnabled = [&](llvm::StringRef Id) { return Enabled.enabled(Id); };
  // .clang-tidy first, so the command line wins.
  std::vector<std::string> PackPaths;
  std::vector<std::string> AllOptions;
  std::string ServePoints, EntryPoints, TidyIndexDir;
  std::vector<std::string> TidyReportIn;
  bool TidyIncludeTests = false;
  for (const auto &[Key, Value] : Tidy->CheckOptions) {
    llvm::StringRef K = Key;
    if (K.starts_with("metrics-") || K == "RulePacks" || K == "ServePoints" ||
        K == "EntryPoints" || K == "IndexDir")
      Explained.push_back(Key + "=" + Value + " (" + TidyOrigin + ")");
    if (K == "RulePacks" || (K.starts_with("metrics-") && K.ends_with(".RulePacks"))) {
      llvm::SmallVector<llvm::StringRef, 4> Paths;
      llvm::StringRef(Value).split(Paths, ';', -1, /*KeepEmpty=*/false);
      for (llvm::StringRef P : Paths)
        if (std::find(PackPaths.begin(), PackPaths.end(), P.trim()) ==
            PackPaths.end())
          PackPaths.push_back(P.trim().str());
    } else if (K == "ServePoints" || K.ends_with(".ServePoints")) {
      ServePoints += ";" + Value;
    } else if (K == "EntryPoints" || K.ends_with(".EntryPoints")) {
      EntryPoints += ";" + Value;
    } else if (K == "IndexDir" || K.ends_with(".IndexDir")) {
      TidyIndexDir = Value;
    } else if (K == "ReportIn" || K.ends_with(".ReportIn")) {
      llvm::SmallVector<llvm::StringRef, 4> Globs;
      llvm::StringRef(Value).split(Globs, ';', -1, /*KeepEmpty=*/false);
      for (llvm::StringRef Glob : Globs)
        TidyReportIn.push_back(Glob.trim().str());
    } else if (K == "IncludeTests" || K.ends_with(".IncludeTests")) {
      TidyIncludeTests = llvm::StringRef(Value).equals_insensitive("true") ||
                         Value == "1";
    } else if (K.starts_with("metrics-")) {
      AllOptions.push_back(Key + "=" + Value);
    }
  }
  AllOptions.insert(AllOptions.end(), RuleOptions.begin(), RuleOptions.end());
  for (const std::string &Option : RuleOptions)
    Explained.push_back(Option + " (--option)");
  for (const std::string &Option : AllOptions) {
    auto [Key, Value] = llvm::StringRef(Option).split('=');
    auto [RuleId, Name] = Key.rsplit('.');
    std::string Error;
    if (!Rules.find(RuleId))
      return usageError("option " + Option + ": unknown rule '" + RuleId +
                        "'");
    if (!applyRuleOption(EOpts, RuleId, Name, Value, Error))
      return usageError("option " + Option + ": " + Error);
  }

  std::vector<RulePack> Packs = builtinRulePacks();
  PackPaths.insert(PackPaths.end(), RulePacks.begin(), RulePacks.end());
  if (!loadPacks(PackPaths, Packs))
    return usageError("malformed rule pack (see above)");
  if (!ServePoints.empty() || !EntryPoints.empty()) {
    llvm::Expected<RulePack> Pack = packFromOptions(ServePoints, EntryPoints);
    if (!Pack)
      return usageError(llvm::toString(Pack.takeError()));
    Packs.push_back(std::move(*Pack));
  }
  if (ExplainConfig) {
    for (const std::string &Path : RulePacks)
      Explained.push_back("rule pack " + Path + " (--rules)");
    if (IndexDirPath.getNumOccurrences())
      Explained.push_back("index directory " + IndexDirPath + " (--index-dir)");
    else if (!TidyIndexDir.empty())
      Explained.push_back("index directory " + TidyIndexDir + " (" +
                          TidyOrigin + ")");
    for (const std::string &Why : Tidy->Refused)
      Explained.push_back("ignored: " + Why);
    for (const std::string &Line : Explained)
      llvm::outs() << Line << "\n";
    return ExitClean;
  }

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
  auto DB = loadDatabase(std::move(Fixed), DBError);
  if (!DB)
    return usageError(DBError);
  std::vector<std::string> Files(Sources.begin(), Sources.end());
  if (Files.empty())
    Files = DB->getAllFiles();
  if (Files.empty())
    return usageError("the compilation database lists no files");

  Report R;
  llvm::SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.c_str());
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  while (Root.size() > 1 && Root.back() == '/')
    Root.pop_back();
  R.SourceRoot = std::string(Root);
  for (int I = 0; I < argc; ++I)
    R.CommandLine.push_back(argv[I]);
  R.WholeDatabase = Sources.empty() && ChangedSince.empty();

  // Configuration errors before the analysis, not after it.
  std::optional<SuppressionFile> Suppressions;
  if (!SuppressionsPath.empty()) {
    auto Loaded = SuppressionFile::load(SuppressionsPath, Rules);
    if (!Loaded)
      return usageError(llvm::toString(Loaded.takeError()));
    Suppressions = std::move(*Loaded);
  }
  std::vector<BaselineResult> Previous;
  if (!Baseline.empty()) {
    auto Loaded = loadBaseline(Baseline, R.SourceRoot);
    if (!Loaded)
      return usageError(llvm::toString(Loaded.takeError()));
    Previous = std::move(*Loaded);
  }

  RunnerOptions ROpts;
  ROpts.Jobs = Jobs ? Jobs : llvm::hardware_concurrency().compute_thread_count();
  ROpts.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  ROpts.ExtraArgsBefore.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  ROpts.ResourceDir = MIC_CLANG_RESOURCE_DIR;
  if (!ChangedSince.empty()) {
    std::vector<std::string> Configuration = PackPaths;
    Configuration.push_back(Tidy->Path);
    if (!BuildPath.empty()) {
      llvm::SmallString<256> Database(BuildPath);
      if (llvm::sys::fs::is_directory(Database))
        llvm::sys::path::append(Database, "compile_commands.json");
      Configuration.push_back(std::string(Database));
    }
    auto Selected =
        selectChangedTUs(ChangedSince, *DB, Files, Configuration, ROpts);
    if (!Selected)
      return usageError(llvm::toString(Selected.takeError()));
    Files = std::move(*Selected);
  }
  // .clang-tidy's ReportIn and IncludeTests, then the command line's.
  std::vector<std::string> Widened = TidyReportIn;
  Widened.insert(Widened.end(), ReportIn.begin(), ReportIn.end());
  for (const std::string &Glob : Widened)
    if (auto G = llvm::GlobPattern::create(Glob); !G)
      return usageError("--report-in '" + Glob +
                        "': " + llvm::toString(G.takeError()));
  EOpts.Ownership.ReportIn = Widened;
  EOpts.Ownership.IncludeTests = IncludeTests || TidyIncludeTests;
  std::string BuildDir;
  if (!BuildPath.empty())
    BuildDir = absolutePath(llvm::sys::fs::is_directory(BuildPath)
                                ? BuildPath.getValue()
                                : llvm::sys::path::parent_path(BuildPath).str());
  setProjectRoot(EOpts.Ownership, ProjectRoot, BuildDir, DB->getAllFiles());
  if (!EOpts.Ownership.IncludeTests)
    EOpts.Ownership.TestSources =
        std::make_shared<const llvm::StringMap<std::string>>(
            ctestSources(BuildDir));
  WholeProgramOptions WP;
  WP.IndexDir = IndexDirPath.getNumOccurrences() ? IndexDirPath.getValue()
                                                 : TidyIndexDir;
  if (!BuildPath.empty())
    WP.BuildDir = llvm::sys::fs::is_directory(BuildPath)
                      ? BuildPath.getValue()
                      : llvm::sys::path::parent_path(BuildPath).str();
  WP.Dump = llvm::StringRef(getenv("MIC_DEBUG_DUMP") ? getenv("MIC_DEBUG_DUMP")
                                                     : "") == "program";
  runWholeProgram(*DB, Files, std::make_shared<ApiModel>(std::move(Packs)),
                  EOpts, ROpts, WP, R);
  R.normalise();
  assignLineHashes(R);
  if (Suppressions)
    Suppressions->apply(R);
  std::optional<BaselineCounts> Compared;
  if (!Baseline.empty())
    Compared = applyBaseline(R, std::move(Previous));

  ToolInfo Tool;
  Tool.Version = MIC_VERSION;
  SarifOptions SOpts;
  SOpts.Category = SarifCategory;
  SOpts.Limits.MaxResults = MaxResults;
  SOpts.Limits.MaxGzippedBytes = MaxUploadBytes;
  // Before the main output, which may add the notifications of its cap.
  std::string ExtraSarif;
  if (!SarifOutputPath.empty())
    ExtraSarif = toSarif(R, Rules, Tool, SOpts).dump(2) + "\n";
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  switch (OutputFormat) {
  case Format::Text:
    writeText(R, OS);
    break;
  case Format::Sarif:
    OS << toSarif(R, Rules, Tool, SOpts, &R.Notifications).dump(2) << "\n";
    break;
  case Format::Json:
    OS << toJson(R, Tool).dump(2) << "\n";
    break;
  case Format::CodeClimate:
    OS << toCodeClimate(R).dump(2) << "\n";
    break;
  }
  OS.flush();
  if (!DebugPauseBeforeOutput.empty()) {
    int FD;
    if (!llvm::sys::fs::openFileForWrite(DebugPauseBeforeOutput, FD))
      llvm::sys::Process::SafelyCloseFileDescriptor(FD);
    for (int I = 0; I < 600 && llvm::sys::fs::exists(DebugPauseBeforeOutput);
         ++I)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (llvm::Error Err = writeFileAtomically(OutputPath, Text))
    return outputError(llvm::toString(std::move(Err)));
  if (!SarifOutputPath.empty())
    if (llvm::Error Err = writeFileAtomically(SarifOutputPath, ExtraSarif))
      return outputError(llvm::toString(std::move(Err)));
  if (!ExportFixes.empty()) {
    std::string Yaml;
    llvm::raw_string_ostream YOS(Yaml);
    writeFixesYaml(R, YOS);
    YOS.flush();
    if (llvm::Error Err = writeFileAtomically(ExportFixes, Yaml))
      return outputError(llvm::toString(std::move(Err)));
  }
  if (Fix) {
    unsigned Applied = 0;
    std::vector<std::string> Skipped, Changed;
    if (llvm::Error Err = applyFixes(R, Applied, Skipped, Changed))
      return outputError(llvm::toString(std::move(Err)));
    for (const std::string &File : Changed)
      llvm::errs() << "metrics-init-check: warning: not fixed: " << File
                   << ": it changed since it was analysed\n";
    llvm::errs() << "metrics-init-check: applied " << Applied << " fix(es)";
    if (!Skipped.empty())
      llvm::errs() << "; skipped " << Skipped.size()
                   << " that overlap another fix";
    llvm::errs() << "\n";
  }

  unsigned AtOrAbove = 0, Suppressed = 0, External = 0;
  for (const ResolvedFinding &F : R.Findings) {
    if (F.Suppression)
      ++Suppressed;
    else if (F.External)
      ++External;
    else if (F.Severity >= *FailLevel &&
             (!FailOnNew || F.Baseline == BaselineState::New))
      ++AtOrAbove;
  }
  if (OutputFormat != Format::Text || OutputPath != "-")
    for (const Notification &N : R.Notifications)
      llvm::errs() << "metrics-init-check: " << levelName(N.Severity) << ": "
                   << N.Message << "\n";
  llvm::errs() << "metrics-init-check: "
               << R.Findings.size() - Suppressed - External << " finding(s), " << AtOrAbove << " at or above "
               << levelName(*FailLevel) << ", " << Suppressed
               << " suppressed by NOLINT"
               << (Suppressions ? ", " + std::to_string(External) +
                                      " by the suppression file"
                                : std::string())
               << "; " << R.AnalysedFiles.size()
               << " file(s) analysed, " << R.FailedFiles.size()
               << " not analysed\n";
  unsigned NotOwned = 0;
  for (const auto &Entry : R.NotOwnedFindings)
    NotOwned += Entry.second;
  if (!R.TestPrograms.empty() || NotOwned)
    llvm::errs() << "metrics-init-check: " << R.TestPrograms.size()
                 << " test or benchmark file(s) not analysed as services "
                    "(--include-tests analyses them); "
                 << NotOwned
                 << " finding(s) outside the project's own code not reported "
                    "(root '"
                 << EOpts.Ownership.SourceRoot << "'; --report-in widens)\n";
  if (Compared)
    llvm::errs() << "metrics-init-check: against the baseline: "
                 << describe(*Compared)
                 << (FailOnNew ? " (only new findings fail the run)" : "")
                 << "\n";
  if (!R.FailedFiles.empty())
    return ExitNotAnalysed;
  return AtOrAbove ? ExitFindings : ExitClean;
}
