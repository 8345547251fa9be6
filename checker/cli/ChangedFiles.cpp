//===--- ChangedFiles.cpp - --changed-since: the TUs a change affects ------===//

#include "ChangedFiles.h"

#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningTool.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/raw_ostream.h"


namespace metrics_init_check {

using namespace clang::tooling;
using namespace clang::tooling::dependencies;

namespace {

struct GitOutput {
  int Status = -1;
  std::string Out, Err;
};

/// Runs the real git with \p Args in \p Directory; output through temporary
/// files (llvm::sys::ExecuteAndWait redirects to paths only).
llvm::Expected<GitOutput> runGit(llvm::StringRef Directory,
                                 llvm::ArrayRef<llvm::StringRef> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError(Git.getError(),
                                   "--changed-since needs git on the PATH");
  llvm::SmallString<128> OutPath, ErrPath;
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("mic-git", "out", OutPath))
    return llvm::createStringError(EC, "cannot create a temporary file");
  llvm::FileRemover RemoveOut(OutPath);
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("mic-git", "err", ErrPath))
    return llvm::createStringError(EC, "cannot create a temporary file");
  llvm::FileRemover RemoveErr(ErrPath);
  std::vector<llvm::StringRef> Argv = {*Git, "-C", Directory};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt,
                                                llvm::StringRef(OutPath),
                                                llvm::StringRef(ErrPath)};
  std::string ExecError;
  GitOutput Result;
  Result.Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt,
                                            Redirects, 0, 0, &ExecError);
  if (Result.Status < 0)
    return llvm::createStringError("cannot run git: " + ExecError);
  if (auto Buffer = llvm::MemoryBuffer::getFile(OutPath))
    Result.Out = (*Buffer)->getBuffer().str();
  if (auto Buffer = llvm::MemoryBuffer::getFile(ErrPath))
    Result.Err = llvm::StringRef((*Buffer)->getBuffer()).trim().str();
  return Result;
}

/// One spelling per file, so a changed file and an include of it compare
/// equal whatever symlinks or `..` the paths went through.
std::string canonical(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Path, Real))
    return std::string(Real);
  llvm::SmallString<256> Out(Path);
  llvm::sys::fs::make_absolute(Out);
  llvm::sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return std::string(Out);
}

llvm::Error gitError(const llvm::Twine &What, const GitOutput &Git) {
  return llvm::createStringError(What + (Git.Err.empty() ? "" : " (git: ") +
                                     Git.Err + (Git.Err.empty() ? "" : ")"));
}

} // namespace

llvm::Expected<std::set<std::string>>
changedFilesSince(llvm::StringRef Ref, llvm::StringRef Directory) {
  auto Top = runGit(Directory, {"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  if (Top->Status != 0)
    return gitError("--changed-since: '" + Directory +
                        "' is not inside a git repository",
                    *Top);
  std::string Root = llvm::StringRef(Top->Out).trim().str();

  std::string Commit = (Ref + "^{commit}").str();
  auto Verified = runGit(Root, {"rev-parse", "--verify", "--quiet",
                                "--end-of-options", Commit});
  if (!Verified)
    return Verified.takeError();
  if (Verified->Status != 0)
    return gitError("--changed-since: unknown git ref '" + Ref + "'",
                    *Verified);
  // Compare with where the branch left the ref, as a pull request does: a
  // ref that moved on must not make its own changes look like ours.
  std::string Base = llvm::StringRef(Verified->Out).trim().str();
  auto MergeBase = runGit(Root, {"merge-base", Base, "HEAD"});
  if (!MergeBase)
    return MergeBase.takeError();
  if (MergeBase->Status == 0)
    Base = llvm::StringRef(MergeBase->Out).trim().str();

  auto Diff = runGit(Root, {"diff", "--name-only", "-z", "--no-renames",
                            Base, "--"});
  if (!Diff)
    return Diff.takeError();
  if (Diff->Status != 0)
    return gitError("--changed-since: git diff failed", *Diff);
  auto Untracked =
      runGit(Root, {"ls-files", "--others", "--exclude-standard", "-z"});
  if (!Untracked)
    return Untracked.takeError();
  if (Untracked->Status != 0)
    return gitError("--changed-since: git ls-files failed", *Untracked);

  std::set<std::string> Changed;
  for (const std::string *List : {&Diff->Out, &Untracked->Out}) {
    llvm::SmallVector<llvm::StringRef, 16> Names;
    llvm::StringRef(*List).split(Names, '\0', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef Name : Names) {
      llvm::SmallString<256> Path(Root);
      llvm::sys::path::append(Path, Name);
      Changed.insert(canonical(Path));
    }
  }
  return Changed;
}

std::optional<std::string>
changedConfiguration(const std::set<std::string> &Changed,
                     llvm::ArrayRef<std::string> Configuration) {
  for (const std::string &Given : Configuration) {
    if (Given.empty())
      continue;
    std::string Path = canonical(Given);
    // A directory of rule packs: any file under it.
    auto It = Changed.lower_bound(Path);
    if (It != Changed.end() &&
        (*It == Path || llvm::StringRef(*It).starts_with(Path + "/")))
      return Given;
  }
  return std::nullopt;
}

std::vector<std::string>
affectedTranslationUnits(const CompilationDatabase &DB,
                         llvm::ArrayRef<std::string> Files,
                         const std::set<std::string> &Changed,
                         const RunnerOptions &Opts) {
  // Only what the preprocessor needs: sources minimised to their
  // directives, no AST.
  DependencyScanningService Service(ScanningMode::DependencyDirectivesScan,
                                    ScanningOutputFormat::Full);
  ArgumentsAdjuster Adjust = commandLineAdjuster(Opts);
  // One byte per TU: workers write different elements, which
  // std::vector<bool> would pack into shared words.
  std::vector<char> Affected(Files.size(), false);

  auto ScanOne = [&](size_t I) {
    std::string File = canonical(Files[I]);
    if (Changed.count(File)) {
      Affected[I] = true;
      return;
    }
    std::vector<CompileCommand> Commands = DB.getCompileCommands(Files[I]);
    if (Commands.empty() || !llvm::sys::fs::exists(Files[I])) {
      Affected[I] = true; // the run reports what is wrong with it
      return;
    }
    DependencyScanningTool Tool(Service);
    for (const CompileCommand &Command : Commands) {
      std::vector<std::string> Args =
          Adjust(Command.CommandLine, Command.Filename);
      llvm::DenseSet<ModuleID> AlreadySeen;
      auto Deps = Tool.getTranslationUnitDependencies(
          Args, Command.Directory, AlreadySeen,
          [](const ModuleID &, ModuleOutputKind) { return std::string(); });
      if (!Deps) {
        llvm::consumeError(Deps.takeError());
        Affected[I] = true;
        return;
      }
      for (const std::string &Dep : Deps->FileDeps) {
        llvm::SmallString<256> Path(Dep);
        if (!llvm::sys::path::is_absolute(Path))
          llvm::sys::fs::make_absolute(Command.Directory, Path);
        if (Changed.count(canonical(Path))) {
          Affected[I] = true;
          return;
        }
      }
    }
  };

  unsigned Jobs = std::max(1u, std::min<unsigned>(Opts.Jobs, Files.size()));
  if (Jobs == 1) {
    for (size_t I = 0; I < Files.size(); ++I)
      ScanOne(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] { ScanOne(I); });
    Pool.wait();
  }
  std::vector<std::string> Out;
  for (size_t I = 0; I < Files.size(); ++I)
    if (Affected[I])
      Out.push_back(Files[I]);
  return Out;
}

llvm::Expected<std::vector<std::string>>
selectChangedTUs(llvm::StringRef Ref, const CompilationDatabase &DB,
                 llvm::ArrayRef<std::string> Files,
                 llvm::ArrayRef<std::string> Configuration,
                 const RunnerOptions &Opts) {
  llvm::SmallString<256> Here;
  llvm::sys::fs::current_path(Here);
  auto Changed = changedFilesSince(Ref, Here);
  if (!Changed)
    return Changed.takeError();
  std::vector<std::string> Selected;
  if (auto Config = changedConfiguration(*Changed, Configuration)) {
    llvm::errs() << "metrics-init-check: --changed-since=" << Ref << ": "
                 << *Config << " changed, so every TU is analysed\n";
    Selected = Files.vec();
  } else {
    Selected = affectedTranslationUnits(DB, Files, *Changed, Opts);
  }
  llvm::errs() << "metrics-init-check: --changed-since=" << Ref << ": "
               << Changed->size() << " changed file(s) affect "
               << Selected.size() << " of " << Files.size() << " TU(s)\n";
  return Selected;
}

} // namespace metrics_init_check
