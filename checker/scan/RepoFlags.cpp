//===--- RepoFlags.cpp - How each TU of a repository is compiled ----------===//

#include "RepoFlags.h"
#include "FileSafety.h"
#include "FlagSynthesis.h"

#include "OutputFile.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {
namespace scan {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

/// The repository's own database: at its root, else in the first build*/
/// folder (sorted) that has one.
std::string findDatabase(llvm::StringRef Root) {
  llvm::SmallString<256> AtRoot(Root);
  path::append(AtRoot, "compile_commands.json");
  if (!unreadableReason(AtRoot))
    return std::string(AtRoot);
  std::vector<std::string> Candidates;
  std::error_code EC;
  for (fs::directory_iterator It(Root, EC, /*FollowSymlinks=*/false), End;
       It != End && !EC; It.increment(EC)) {
    if (!isSkippedFolder(path::filename(It->path())) ||
        path::filename(It->path()).starts_with("."))
      continue;
    llvm::SmallString<256> In(It->path());
    path::append(In, "compile_commands.json");
    if (!unreadableReason(In))
      Candidates.push_back(std::string(In));
  }
  std::sort(Candidates.begin(), Candidates.end());
  return Candidates.empty() ? "" : Candidates.front();
}

std::string absoluteIn(llvm::StringRef Dir, llvm::StringRef File) {
  llvm::SmallString<256> P(File);
  if (!path::is_absolute(P)) {
    P = Dir;
    path::append(P, File);
  }
  path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// The root the database was made under, when its files are not where it
/// says: the prefix whose replacement by \p Root makes most files exist.
std::optional<std::string>
oldRoot(llvm::ArrayRef<clang::tooling::CompileCommand> Commands,
        llvm::StringRef Root) {
  llvm::StringMap<unsigned> Votes;
  for (const auto &C : Commands) {
    std::string File = absoluteIn(C.Directory, C.Filename);
    if (isWithin(File, Root))
      continue;
    // The shortest tail of the path that exists below the root.
    llvm::StringRef Rest = File;
    llvm::SmallVector<llvm::StringRef, 16> Parts;
    Rest.split(Parts, '/', -1, false);
    for (size_t Skip = 0; Skip < Parts.size(); ++Skip) {
      llvm::SmallString<256> Candidate(Root);
      for (size_t I = Skip; I < Parts.size(); ++I)
        path::append(Candidate, Parts[I]);
      if (fs::exists(Candidate)) {
        std::string Prefix;
        for (size_t I = 0; I < Skip; ++I)
          Prefix += "/" + Parts[I].str();
        ++Votes[Prefix];
        break;
      }
    }
  }
  std::optional<std::string> Best;
  unsigned Most = 0;
  for (const auto &Entry : Votes)
    if (Entry.second > Most && !Entry.first().empty()) {
      Most = Entry.second;
      Best = Entry.first().str();
    }
  return Best;
}

} // namespace

std::string reroot(llvm::StringRef Text, llvm::StringRef Prefix,
                   llvm::StringRef Replacement) {
  std::string Out;
  size_t Pos = 0;
  while (true) {
    size_t At = Text.find(Prefix, Pos);
    if (At == llvm::StringRef::npos) {
      Out += Text.substr(Pos);
      return Out;
    }
    size_t End = At + Prefix.size();
    bool Boundary = End == Text.size() || Text[End] == '/';
    Out += Text.slice(Pos, At);
    Out += Boundary ? Replacement : Text.slice(At, End);
    Pos = End;
  }
}

RepoCommands repositoryCommands(const Repository &Repo,
                                llvm::StringRef StubDir,
                                llvm::ArrayRef<std::string> Vendored) {
  RepoCommands Out;
  llvm::StringMap<TUCommand> Known;
  std::string Database = findDatabase(Repo.Root);
  if (!Database.empty()) {
    std::string Error;
    auto DB = clang::tooling::JSONCompilationDatabase::loadFromFile(
        Database, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
    if (!DB) {
      Out.Notes.push_back("its compile_commands.json could not be read (" +
                          Error + "); flags were synthesised");
    } else {
      Out.Database = Database;
      std::vector<clang::tooling::CompileCommand> Commands =
          DB->getAllCompileCommands();
      std::optional<std::string> From = oldRoot(Commands, Repo.Root);
      if (From)
        Out.Notes.push_back("paths of " +
                            llvm::StringRef(Database)
                                .drop_front(Repo.Root.size())
                                .ltrim('/')
                                .str() +
                            " re-rooted from '" + *From + "'");
      for (clang::tooling::CompileCommand &C : Commands) {
        TUCommand T;
        T.FromRepository = true;
        std::string Dir = From ? reroot(C.Directory, *From, Repo.Root)
                               : C.Directory;
        T.File = absoluteIn(Dir, From ? reroot(C.Filename, *From, Repo.Root)
                                      : C.Filename);
        // A build folder that is not there (not shipped with the tree):
        // the repository root stands in, so clang has a folder to be in.
        T.Directory = fs::is_directory(Dir) && isWithin(Dir, Repo.Root)
                          ? Dir
                          : Repo.Root;
        for (const std::string &Arg : C.CommandLine)
          T.Args.push_back(From ? reroot(Arg, *From, Repo.Root) : Arg);
        // The file name the command ends with, made absolute: the folder
        // may have changed.
        for (std::string &Arg : T.Args)
          if (absoluteIn(Dir, Arg) == T.File)
            Arg = T.File;
        T.Args.push_back("-ferror-limit=0");
        if (!StubDir.empty()) {
          T.Args.push_back("-idirafter");
          T.Args.push_back(StubDir.str());
        }
        Known.try_emplace(T.File, std::move(T));
      }
    }
  }
  std::optional<SynthesisedFlags> Flags;
  for (const std::string &Source : Repo.Files.Sources) {
    auto It = Known.find(Source);
    if (It != Known.end()) {
      Out.TUs.push_back(It->second);
      continue;
    }
    if (!Flags) {
      Flags = synthesiseFlags(Repo.Root, Repo.Files, Vendored);
      Out.Notes.push_back(
          "synthesised flags: -std=" + Flags->CxxStandard +
          (Flags->StandardFrom.empty() ? " (default)"
                                       : " (from " + Flags->StandardFrom + ")") +
          ", " + std::to_string(Flags->IncludeDirs.size()) +
          " include folder(s)");
    }
    TUCommand T;
    T.File = Source;
    T.Directory = Repo.Root;
    T.Args = synthesisedCommand(*Flags, Source, StubDir);
    Out.TUs.push_back(std::move(T));
  }
  return Out;
}

llvm::Error writeDatabase(llvm::StringRef Path,
                          llvm::ArrayRef<TUCommand> TUs) {
  nlohmann::json DB = nlohmann::json::array();
  for (const TUCommand &T : TUs)
    DB.push_back(
        {{"directory", T.Directory}, {"file", T.File}, {"arguments", T.Args}});
  return writeFileAtomically(Path, DB.dump(1));
}

} // namespace scan
} // namespace metrics_init_check
