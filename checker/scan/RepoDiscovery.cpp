//===--- RepoDiscovery.cpp - The repositories inside scanned folders ------===//

#include "RepoDiscovery.h"
#include "FileSafety.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <deque>

namespace metrics_init_check {
namespace scan {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

std::vector<std::string> subFolders(llvm::StringRef Dir) {
  std::vector<std::string> Out;
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC, /*FollowSymlinks=*/false), End;
       It != End && !EC; It.increment(EC)) {
    fs::file_status Status;
    if (!fs::status(It->path(), Status, /*Follow=*/false) &&
        Status.type() == fs::file_type::directory_file &&
        !isSkippedFolder(path::filename(It->path())))
      Out.push_back(It->path());
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

/// A project copied without `.git`: a build file at its top.
bool hasTopBuildFile(llvm::StringRef Dir) {
  for (const char *Name : {"CMakeLists.txt", "Makefile", "meson.build",
                           "configure.ac", "WORKSPACE", "MODULE.bazel"}) {
    llvm::SmallString<256> P(Dir);
    path::append(P, Name);
    if (fs::exists(P))
      return true;
  }
  return false;
}

/// Roots below a scanned folder that is not a repository itself.
void findRoots(llvm::StringRef Dir, unsigned Depth,
               std::vector<std::string> &Roots) {
  if (isGitRoot(Dir) || hasTopBuildFile(Dir)) {
    Roots.push_back(Dir.str());
    return;
  }
  bool Vendor = isVendorFolder(path::filename(Dir));
  for (const std::string &Child : subFolders(Dir)) {
    if (Vendor || isGitRoot(Child)) {
      Roots.push_back(Child);
      continue;
    }
    size_t Before = Roots.size();
    if (Depth < 3)
      findRoots(Child, Depth + 1, Roots);
    // A copy without `.git` directly in the scanned folder is a repository
    // when nothing below it is one.
    if (Depth == 0 && Roots.size() == Before)
      Roots.push_back(Child);
  }
}

} // namespace

llvm::Expected<std::vector<Repository>>
discoverRepositories(llvm::ArrayRef<std::string> Dirs) {
  std::vector<Repository> Repos;
  for (const std::string &Given : Dirs) {
    llvm::SmallString<256> Bound;
    if (std::error_code EC = fs::real_path(Given, Bound))
      return llvm::createStringError(EC, "cannot scan '%s': %s",
                                     Given.c_str(), EC.message().c_str());
    if (!fs::is_directory(Bound))
      return llvm::createStringError(std::errc::not_a_directory,
                                     "cannot scan '%s': not a folder",
                                     Given.c_str());
    std::vector<std::string> Top;
    findRoots(Bound, 0, Top);
    if (Top.empty())
      Top.push_back(std::string(Bound));
    // (root, group) pairs: nested repositories inherit their group.
    std::deque<std::pair<std::string, std::string>> Queue;
    for (const std::string &Root : Top)
      Queue.push_back({Root, ""});
    // A scanned folder that is a repository itself names its nested ones
    // after itself ("svc/third_party/lib").
    bool SelfRepo = Top.size() == 1 && Top.front() == Bound;
    llvm::StringRef NameBase =
        SelfRepo ? path::parent_path(Bound) : llvm::StringRef(Bound);
    std::string Prefix =
        Dirs.size() > 1 && !SelfRepo ? path::filename(Bound).str() + "/" : "";
    while (!Queue.empty()) {
      auto [Root, Group] = Queue.front();
      Queue.pop_front();
      Repository R;
      R.Root = Root;
      R.Bound = std::string(Bound);
      llvm::StringRef Rel = llvm::StringRef(Root).drop_front(NameBase.size());
      Rel = Rel.ltrim('/');
      R.Name = Rel.empty() ? path::filename(Bound).str() : Prefix + Rel.str();
      R.Group = Group.empty() ? R.Name : Group;
      R.Files = walkRepository(Root, Bound);
      for (const std::string &Nested : R.Files.Nested)
        Queue.push_back({Nested, R.Group});
      Repos.push_back(std::move(R));
    }
  }
  std::sort(Repos.begin(), Repos.end(),
            [](const Repository &A, const Repository &B) {
              return A.Name < B.Name;
            });
  return Repos;
}

} // namespace scan
} // namespace metrics_init_check
