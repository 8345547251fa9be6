//===--- TURunner.cpp - Runs the engine over many TUs in parallel ----------===//

#include "TURunner.h"
#include "CommandSafety.h"
#include "EnclosingFunction.h"
#include "MemoryGuard.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <atomic>
#include <mutex>
#include <thread>

namespace metrics_init_check {

using namespace clang;

namespace {

/// Keeps the first error of a TU; drops warnings (we are not the compiler).
class ErrorRecorder : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error || !FirstError.empty())
      return;
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    if (Info.getLocation().isValid() && Info.hasSourceManager()) {
      PresumedLoc P =
          Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid())
        FirstError = std::string(P.getFilename()) + ":" +
                     std::to_string(P.getLine()) + ":" +
                     std::to_string(P.getColumn()) + ": ";
    }
    FirstError += "error: " + std::string(Text);
  }
  std::string FirstError;
};

/// What one TU gives the report.
struct TUResult {
  std::vector<ResolvedFinding> Findings;
  std::vector<std::string> SeenFiles;
  /// When set, receives the TU's contribution to the whole-program pass.
  TUIndex *Index = nullptr;
  TUOutcome Outcome;
  /// Analyse the AST even when the compilation had errors.
  bool TolerateErrors = false;
  /// The consumer saw the whole TU (set even when it had errors).
  bool Reached = false;
  /// How many headers the TU includes are not there, skipped
  /// (TolerateErrors).
  unsigned MissingHeaders = 0;
  /// What the front end held for the TU with its AST complete (clang's
  /// own accounting): one worker's share for --max-memory.
  uint64_t FrontEndBytes = 0;
  /// RunnerOptions::AnalyseAgain.
  const std::function<std::shared_ptr<const Engine>(const TUIndex &)>
      *AnalyseAgain = nullptr;
};

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(const Engine &E, CompilerInstance &CI,
                   const PreprocessorLog &PP, TUResult &Out)
      : E(E), CI(CI), PP(PP), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    const SourceManager &Sources = Ctx.getSourceManager();
    Out.FrontEndBytes = Ctx.getASTAllocatedMemory() +
                        Ctx.getSideTableAllocatedMemory() +
                        Sources.getContentCacheSize() +
                        Sources.getDataStructureSizes() +
                        CI.getPreprocessor().getTotalMemory();
    // An AST with errors would give findings about code that is not there.
    if (CI.getDiagnostics().hasErrorOccurred() && !Out.TolerateErrors)
      return;
    Out.Reached = true;
    SourceManager &SM = Ctx.getSourceManager();
    std::string Main;
    if (OptionalFileEntryRef Entry =
            SM.getFileEntryRefForID(SM.getMainFileID())) {
      // A database's "file" may be relative to its "directory" (Meson:
      // "../src/x.cpp"), which only the TU's file manager knows.
      llvm::SmallString<256> Path(Entry->getName());
      SM.getFileManager().makeAbsolutePath(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      Main = std::string(Path);
    }
    std::vector<Finding> Found;
    E.analyze(
        Ctx, &PP, [&](Finding F) { Found.push_back(std::move(F)); }, nullptr,
        Out.Index, &Out.Outcome);
    // The program's summaries, known now that this TU's facts are: the
    // rules again on the AST already parsed, and their findings replace
    // those made without the summaries.
    if (Out.Index && Out.AnalyseAgain && *Out.AnalyseAgain)
      if (std::shared_ptr<const Engine> WithProgram =
              (*Out.AnalyseAgain)(*Out.Index)) {
        Found.clear();
        Out.Outcome = TUOutcome();
        WithProgram->analyze(
            Ctx, &PP, [&](Finding F) { Found.push_back(std::move(F)); },
            nullptr, nullptr, &Out.Outcome);
      }
    if (!Found.empty()) {
      EnclosingFunctions Functions(Ctx);
      for (const Finding &F : Found) {
        Out.Findings.push_back(resolve(SM, F, Main));
        Out.Findings.back().Function = Functions.nameAt(F.Range.getBegin());
      }
    }
    // The files this TU read: a baseline result in one of them that is not
    // found again is gone (report/Baseline.h).
    for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End;
         ++It) {
      llvm::SmallString<256> Path(It->first.getName());
      // Relative to the compile command's directory, which only the TU's
      // file manager knows.
      SM.getFileManager().makeAbsolutePath(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      Out.SeenFiles.push_back(std::string(Path));
    }
  }

private:
  const Engine &E;
  CompilerInstance &CI;
  const PreprocessorLog &PP;
  TUResult &Out;
};

/// Skips an #include whose file is not there, and counts it. clang
/// stops reading every later #include after a missing one (a fatal
/// error): a scan without a library's headers would lose the stand-ins
/// and the project's own headers included after it.
class SkipMissingHeaders : public PPCallbacks {
public:
  explicit SkipMissingHeaders(unsigned &Missing) : Missing(Missing) {}
  bool FileNotFound(llvm::StringRef) override {
    ++Missing;
    return true;
  }

private:
  unsigned &Missing;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(const Engine &E, TUResult &Out) : E(E), Out(Out) {}
  bool BeginInvocation(CompilerInstance &CI) override {
    // "N errors generated." is the compiler talking; the runner reports
    // failed TUs itself.
    CI.setVerboseOutputStream(std::make_unique<llvm::raw_null_ostream>());
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    // Record #if regions while the TU is preprocessed, taken or skipped.
    CI.getPreprocessor().addPPCallbacks(PP.callbacks(CI.getSourceManager()));
    if (Out.TolerateErrors)
      CI.getPreprocessor().addPPCallbacks(
          std::make_unique<SkipMissingHeaders>(Out.MissingHeaders));
    return std::make_unique<AnalysisConsumer>(E, CI, PP, Out);
  }

private:
  const Engine &E;
  TUResult &Out;
  PreprocessorLog PP;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(const Engine &E, TUResult &Out) : E(E), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(E, Out);
  }

private:
  const Engine &E;
  TUResult &Out;
};

} // namespace

/// Files named on the command line are relative to the current directory,
/// as for any compiler; the database's own entries are absolute already.
std::string absolutePath(llvm::StringRef File) {
  llvm::SmallString<256> Path(File);
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

std::string commandKey(const tooling::CompilationDatabase &DB,
                       llvm::StringRef File, const RunnerOptions &Opts) {
  std::string Key;
  auto Add = [&](llvm::StringRef Part) {
    Key += Part;
    Key += '\0';
  };
  for (const tooling::CompileCommand &C : DB.getCompileCommands(File)) {
    Add(C.Directory);
    for (const std::string &Arg : C.CommandLine)
      Add(Arg);
  }
  for (const std::string &Arg : Opts.ExtraArgsBefore)
    Add(Arg);
  for (const std::string &Arg : Opts.ExtraArgs)
    Add(Arg);
  Add(Opts.ResourceDir);
  return Key;
}

std::optional<Notification>
removedOptionsNote(const tooling::CompilationDatabase &DB,
                   llvm::StringRef File) {
  std::vector<std::string> Removed;
  for (const tooling::CompileCommand &C : DB.getCompileCommands(File))
    withoutUnsafeOptions(C.CommandLine, &Removed);
  if (Removed.empty())
    return std::nullopt;
  std::string List;
  for (const std::string &R : Removed)
    List += (List.empty() ? "'" : ", '") + R + "'";
  return Notification{Level::Note,
                      File.str() +
                          ": removed from the compile command, since they "
                          "can run a program or load code: " +
                          List,
                      File.str()};
}

tooling::ArgumentsAdjuster commandLineAdjuster(const RunnerOptions &Opts) {
  // First, so that nothing the database says can run a program or load
  // code (CommandSafety.h); our own extra arguments come after.
  tooling::ArgumentsAdjuster Adjuster = [](const tooling::CommandLineArguments
                                               &Args,
                                           llvm::StringRef) {
    return withoutUnsafeOptions(Args, nullptr);
  };
  if (!Opts.ExtraArgsBefore.empty())
    Adjuster = tooling::combineAdjusters(
        Adjuster, tooling::getInsertArgumentAdjuster(
                      Opts.ExtraArgsBefore,
                      tooling::ArgumentInsertPosition::BEGIN));
  std::vector<std::string> After = Opts.ExtraArgs;
  // Warnings are not ours to report, and -Werror must not turn them into
  // a failed TU.
  After.push_back("-Wno-error");
  After.push_back("-w");
  Adjuster = tooling::combineAdjusters(
      Adjuster, tooling::getInsertArgumentAdjuster(
                    After, tooling::ArgumentInsertPosition::END));
  if (!Opts.ResourceDir.empty()) {
    std::string ResourceDir = Opts.ResourceDir;
    Adjuster = tooling::combineAdjusters(
        Adjuster, [ResourceDir](const tooling::CommandLineArguments &Args,
                                llvm::StringRef) {
          for (const std::string &Arg : Args)
            if (llvm::StringRef(Arg).starts_with("-resource-dir"))
              return Args;
          tooling::CommandLineArguments Adjusted = Args;
          Adjusted.insert(Adjusted.begin() + (Adjusted.empty() ? 0 : 1),
                          "-resource-dir=" + ResourceDir);
          return Adjusted;
        });
  }
  return Adjuster;
}

void runOnFiles(const tooling::CompilationDatabase &DB,
                llvm::ArrayRef<std::string> Files, const Engine &E,
                const RunnerOptions &Opts, Report &Out,
                std::vector<TUIndex> *Indexes) {
  std::mutex Lock;
  // The TU's front-end memory (TUResult::FrontEndBytes), 0 when unparsed.
  auto AnalyseOne = [&](const std::string &Given) -> uint64_t {
    std::string File = absolutePath(Given);
    const std::string &Display = File;
    if (!llvm::sys::fs::exists(File)) {
      std::lock_guard<std::mutex> Guard(Lock);
      Out.FailedFiles.push_back(Display);
      Out.Notifications.push_back(
          {Level::Error, "not analysed: " + Display + ": no such file", Display});
      return 0;
    }
    if (DB.getCompileCommands(File).empty()) {
      std::lock_guard<std::mutex> Guard(Lock);
      Out.FailedFiles.push_back(Display);
      Out.Notifications.push_back(
          {Level::Error,
           "not analysed: " + Display +
               ": no compile command for it in the compilation database",
           Display});
      return 0;
    }
    if (std::optional<Notification> Note = removedOptionsNote(DB, File)) {
      // In the report; on stderr with the run's other notifications.
      std::lock_guard<std::mutex> Guard(Lock);
      Out.Notifications.push_back(std::move(*Note));
    }
    tooling::ClangTool Tool(DB, {File},
                            std::make_shared<PCHContainerOperations>(),
                            Opts.FileSystem
                                ? Opts.FileSystem()
                                : llvm::vfs::createPhysicalFileSystem());
    Tool.setPrintErrorMessage(false);
    Tool.appendArgumentsAdjuster(commandLineAdjuster(Opts));
    ErrorRecorder Errors;
    Tool.setDiagnosticConsumer(&Errors);
    TUResult Found;
    Found.TolerateErrors = Opts.TolerateErrors;
    TUIndex Index;
    Index.MainFile = File;
    if (Indexes) {
      Index.Command = commandKey(DB, File, Opts);
      Index.RecordInputs = Opts.RecordInputs;
      Found.Index = &Index;
      Found.AnalyseAgain = &Opts.AnalyseAgain;
    }
    ActionFactory Factory(E, Found);
    int Status = Tool.run(&Factory);
    std::lock_guard<std::mutex> Guard(Lock);
    bool Recovered = Opts.TolerateErrors && Found.Reached;
    // A skipped header counts as an error recovered from.
    unsigned Recoverable = Errors.getNumErrors() + Found.MissingHeaders;
    if (Recovered && Recoverable > 0)
      Out.RecoveredErrors[Display] = Recoverable;
    if (!Recovered && (Status != 0 || Errors.getNumErrors() > 0)) {
      Out.FailedFiles.push_back(Display);
      std::string Why = Errors.FirstError.empty()
                            ? "the compiler could not process it"
                            : std::to_string(Errors.getNumErrors()) +
                                  " compile error(s), the first: " +
                                  Errors.FirstError;
      Out.Notifications.push_back(
          {Level::Error, "not analysed: " + Display + ": " + Why, Display});
      return Found.FrontEndBytes;
    }
    Out.AnalysedFiles.push_back(Display);
    if (!Found.Outcome.TestProgram.empty())
      Out.TestPrograms[Display] = Found.Outcome.TestProgram;
    Out.NotOwnedFindings[Display] = Found.Outcome.NotOwned;
    for (ResolvedFinding &F : Found.Findings)
      Out.Findings.push_back(std::move(F));
    Out.SeenFiles.insert(Found.SeenFiles.begin(), Found.SeenFiles.end());
    if (Indexes)
      Indexes->push_back(std::move(Index));
    return Found.FrontEndBytes;
  };

  unsigned Jobs = std::max(1u, std::min<unsigned>(Opts.Jobs, Files.size()));
  if (Jobs == 1) {
    for (const std::string &File : Files)
      AnalyseOne(File);
    return;
  }
  // Each worker takes the next TU when the memory guard lets one more be
  // in flight; without --max-memory it always does.
  MemoryGuard Memory(Opts.MaxMemory, Jobs);
  std::atomic<size_t> Next{0};
  std::vector<std::thread> Workers;
  for (unsigned I = 0; I < Jobs; ++I)
    Workers.emplace_back([&] {
      while (true) {
        Memory.acquire();
        size_t At = Next++;
        if (At >= Files.size()) {
          Memory.release(0);
          return;
        }
        Memory.release(AnalyseOne(Files[At]));
      }
    });
  for (std::thread &Worker : Workers)
    Worker.join();
}

} // namespace metrics_init_check
