//===--- VcsProvenance.cpp - A repository's origin, read from .git --------===//

#include "VcsProvenance.h"
#include "FileSafety.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace metrics_init_check {
namespace scan {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

/// A small file of `.git`, read with the same checks as sources.
std::optional<std::string> readGitFile(llvm::StringRef Dir,
                                       llvm::StringRef Name) {
  llvm::SmallString<256> P(Dir);
  path::append(P, Name);
  std::string Why;
  return readChecked(P, Why);
}

bool isCommitId(llvm::StringRef S) {
  return S.size() == 40 && llvm::all_of(S, llvm::isHexDigit);
}

/// The folder of the git metadata: `.git` itself, or what a `.git` file
/// (worktree, submodule) points to. Only followed within \p Bound.
std::optional<std::string> gitDir(llvm::StringRef Root) {
  llvm::SmallString<256> Git(Root);
  path::append(Git, ".git");
  fs::file_status Status;
  if (fs::status(Git, Status, /*Follow=*/false))
    return std::nullopt;
  if (Status.type() == fs::file_type::directory_file)
    return std::string(Git);
  std::string Why;
  std::optional<std::string> Text = readChecked(Git, Why);
  if (!Text)
    return std::nullopt;
  llvm::StringRef Line = llvm::StringRef(*Text).trim();
  if (!Line.consume_front("gitdir:"))
    return std::nullopt;
  Line = Line.trim();
  llvm::SmallString<256> Target(Line);
  if (!path::is_absolute(Target)) {
    Target = Root;
    path::append(Target, Line);
  }
  path::remove_dots(Target, /*remove_dot_dot=*/true);
  return std::string(Target);
}

std::string resolveRef(llvm::StringRef GitDir, llvm::StringRef CommonDir,
                       llvm::StringRef Ref) {
  for (llvm::StringRef Dir : {GitDir, CommonDir}) {
    if (std::optional<std::string> Text = readGitFile(Dir, Ref)) {
      llvm::StringRef Id = llvm::StringRef(*Text).trim();
      if (isCommitId(Id))
        return Id.str();
    }
    if (std::optional<std::string> Packed = readGitFile(Dir, "packed-refs")) {
      llvm::SmallVector<llvm::StringRef, 0> Lines;
      llvm::StringRef(*Packed).split(Lines, '\n');
      for (llvm::StringRef Line : Lines) {
        auto [Id, Name] = Line.trim().split(' ');
        if (Name == Ref && isCommitId(Id))
          return Id.str();
      }
    }
  }
  return "";
}

/// The URL of remote "origin", else of the first remote, in git's config.
std::string remoteUrl(llvm::StringRef Config) {
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Config.split(Lines, '\n');
  std::string Section, First, Origin;
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (Line.starts_with("[")) {
      Section = Line.str();
      continue;
    }
    if (!llvm::StringRef(Section).starts_with("[remote "))
      continue;
    auto [Key, Value] = Line.split('=');
    if (Key.trim() != "url")
      continue;
    std::string Url = Value.trim().str();
    if (First.empty())
      First = Url;
    if (Section == "[remote \"origin\"]")
      Origin = Url;
  }
  return Origin.empty() ? First : Origin;
}

} // namespace

std::string publicUrl(llvm::StringRef Url) {
  size_t Scheme = Url.find("://");
  if (Scheme == llvm::StringRef::npos) {
    // scp-like: [user@]host:path
    auto [Host, Path] = Url.split(':');
    if (Path.empty() || Host.contains('/'))
      return "";
    if (size_t At = Host.rfind('@'); At != llvm::StringRef::npos)
      Host = Host.drop_front(At + 1);
    return ("ssh://" + Host + "/" + Path.ltrim('/')).str();
  }
  llvm::StringRef Rest = Url.drop_front(Scheme + 3);
  size_t Slash = Rest.find('/');
  llvm::StringRef Authority = Rest.substr(0, Slash);
  if (size_t At = Authority.rfind('@'); At != llvm::StringRef::npos)
    Rest = Rest.drop_front(At + 1);
  return (Url.substr(0, Scheme + 3) + Rest).str();
}

std::optional<VcsInfo> readVcsInfo(llvm::StringRef Root) {
  std::optional<std::string> Dir = gitDir(Root);
  if (!Dir)
    return std::nullopt;
  // A worktree's refs and config are in the common folder.
  std::string Common = *Dir;
  if (std::optional<std::string> Text = readGitFile(*Dir, "commondir")) {
    llvm::SmallString<256> P(llvm::StringRef(*Text).trim());
    if (!path::is_absolute(P)) {
      P = *Dir;
      path::append(P, llvm::StringRef(*Text).trim());
    }
    path::remove_dots(P, true);
    Common = std::string(P);
  }
  VcsInfo Info;
  if (std::optional<std::string> Head = readGitFile(*Dir, "HEAD")) {
    llvm::StringRef H = llvm::StringRef(*Head).trim();
    if (H.consume_front("ref:")) {
      H = H.trim();
      if (H.starts_with("refs/heads/"))
        Info.Branch = H.drop_front(strlen("refs/heads/")).str();
      Info.Commit = resolveRef(*Dir, Common, H);
    } else if (isCommitId(H)) {
      Info.Commit = H.str();
    }
  }
  if (std::optional<std::string> Config = readGitFile(Common, "config"))
    Info.RemoteUrl = publicUrl(remoteUrl(*Config));
  return Info;
}

} // namespace scan
} // namespace metrics_init_check
