//===--- ScanWorker.cpp - One TU, analysed in a process of its own --------===//

#include "ScanWorker.h"
#include "EngineConfig.h"
#include "ReportJson.h"
#include "TreeBoundFileSystem.h"

#include "CheckGlobs.h"
#include "Engine.h"
#include "OutputFile.h"
#include "ProgramIndex.h"
#include "RuleRegistry.h"
#include "TURunner.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cstdlib>
#include <thread>

namespace metrics_init_check {
namespace scan {

std::vector<std::string> workerArguments(const WorkerJob &Job) {
  std::vector<std::string> Args = {
      "--db=" + Job.Database, "--file=" + Job.File,
      "--result=" + Job.Result, "--index=" + Job.IndexDir,
      "--key=" + Job.Key,     "--root=" + Job.Root,
      "--bound=" + Job.Bound,
      "--checks=" + Job.Checks};
  if (!Job.Program.empty())
    Args.push_back("--program=" + Job.Program);
  for (const std::string &Pack : Job.RulePacks)
    Args.push_back("--rules=" + Pack);
  return Args;
}

namespace {

int fail(const llvm::Twine &Message) {
  llvm::errs() << "metrics-init-check worker: " << Message << "\n";
  return 2;
}

/// Test-only triggers (test/scan/): a TU whose path contains the variable's
/// value crashes the worker, or makes it hang, as a parser bug would.
void testTriggers(llvm::StringRef File) {
  if (const char *Crash = std::getenv("MIC_SCAN_TEST_CRASH_ON"))
    if (*Crash && File.contains(Crash))
      // A real fault, not raise(): LLVM's handler returns from a raised
      // signal, but a trap faults again once the handler is gone.
      __builtin_trap();
  if (const char *Hang = std::getenv("MIC_SCAN_TEST_HANG_ON"))
    if (*Hang && File.contains(Hang))
      std::this_thread::sleep_for(std::chrono::hours(1));
}

} // namespace

int workerMain(int Argc, const char **Argv, const ToolContext &Tool) {
  WorkerJob Job;
  for (int I = 2; I < Argc; ++I) {
    auto [Name, Value] = llvm::StringRef(Argv[I]).split('=');
    if (Name == "--db")
      Job.Database = Value.str();
    else if (Name == "--file")
      Job.File = Value.str();
    else if (Name == "--result")
      Job.Result = Value.str();
    else if (Name == "--index")
      Job.IndexDir = Value.str();
    else if (Name == "--key")
      Job.Key = Value.str();
    else if (Name == "--program")
      Job.Program = Value.str();
    else if (Name == "--root")
      Job.Root = Value.str();
    else if (Name == "--bound")
      Job.Bound = Value.str();
    else if (Name == "--checks")
      Job.Checks = Value.str();
    else if (Name == "--rules")
      Job.RulePacks.push_back(Value.str());
    else
      return fail("unknown argument '" + llvm::Twine(Argv[I]) + "'");
  }
  if (Job.Database.empty() || Job.File.empty() || Job.Result.empty())
    return fail("--db, --file and --result are needed");
  testTriggers(Job.File);

  // The engine is configured as the CLI and the plugin configure it
  // (EngineConfig): defaults from rules.json, the same pack loader.
  EngineConfig Config;
  for (const std::string &Path : Job.RulePacks)
    Config.addPackPath(Path);
  EngineConfig::LoadErrors PackErrors;
  std::shared_ptr<const ApiModel> Api = Config.loadApi(PackErrors);
  if (!PackErrors.empty())
    return fail(PackErrors.Packs.empty() ? PackErrors.Options
                                         : PackErrors.Packs.front());
  CheckGlobs Enabled(Job.Checks);
  EngineOptions EOpts = defaultEngineOptions();
  EOpts.RuleEnabled = [&](llvm::StringRef Id) { return Enabled.enabled(Id); };
  EOpts.Ownership.SourceRoot = Job.Root;
  if (!Job.Program.empty()) {
    llvm::Expected<ProgramSummaries> P = IndexDir::loadProgram(Job.Program);
    if (!P)
      return fail(llvm::toString(P.takeError()));
    EOpts.Program = std::make_shared<ProgramSummaries>(std::move(*P));
  }

  std::string Error;
  auto DB = clang::tooling::JSONCompilationDatabase::loadFromFile(
      Job.Database, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return fail("cannot load '" + Job.Database + "': " + Error);

  RunnerOptions ROpts;
  ROpts.Jobs = 1;
  ROpts.ResourceDir = Tool.ResourceDir;
  ROpts.RecordInputs = true;
  ROpts.TolerateErrors = true;
  if (!Job.Bound.empty()) {
    std::string Bound = Job.Bound;
    ROpts.FileSystem = [Bound] {
      return llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(
          new TreeBoundFileSystem(llvm::vfs::createPhysicalFileSystem(),
                                  Bound));
    };
  }
  Report R;
  std::vector<TUIndex> Indexes;
  Engine E(Api, EOpts);
  runOnFiles(*DB, {Job.File}, E, ROpts, R,
             Job.Program.empty() ? &Indexes : nullptr);
  if (!Job.IndexDir.empty() && !Indexes.empty()) {
    IndexDir Dir(Job.IndexDir);
    Indexes.front().Command = Job.Key;
    if (llvm::Error Err = Dir.prepare())
      return fail(llvm::toString(std::move(Err)));
    if (llvm::Error Err = Dir.store(Indexes.front()))
      return fail(llvm::toString(std::move(Err)));
  }
  if (llvm::Error Err =
          writeFileAtomically(
              Job.Result,
              reportToJson(R).dump(-1, ' ', false,
                                   nlohmann::json::error_handler_t::replace)))
    return fail(llvm::toString(std::move(Err)));
  return 0;
}

} // namespace scan
} // namespace metrics_init_check
