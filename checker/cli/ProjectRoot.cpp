//===--- ProjectRoot.cpp - Where the project's own sources are ------------===//

#include "ProjectRoot.h"
#include "TURunner.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <optional>

namespace metrics_init_check {

static bool isUnderDir(llvm::StringRef Path, llvm::StringRef Dir) {
  return !Dir.empty() && Path.starts_with(Dir) &&
         (Path.size() == Dir.size() || Path[Dir.size()] == '/');
}

/// The source tree a CMake build directory was configured from
/// (CMAKE_HOME_DIRECTORY in its CMakeCache.txt), or empty: the project's
/// root even when the database also lists FetchContent sources elsewhere.
std::string cmakeSourceDir(llvm::StringRef BuildDir) {
  if (BuildDir.empty())
    return "";
  llvm::SmallString<256> Cache(BuildDir);
  llvm::sys::path::append(Cache, "CMakeCache.txt");
  auto Buffer = llvm::MemoryBuffer::getFile(Cache);
  if (!Buffer)
    return "";
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  for (llvm::StringRef Line : Lines)
    if (Line.consume_front("CMAKE_HOME_DIRECTORY:INTERNAL=")) {
      std::string Dir = absolutePath(Line.trim());
      return llvm::sys::fs::is_directory(Dir) ? Dir : "";
    }
  return "";
}

/// The deepest folder holding every one of \p Files that is not under
/// \p BuildDir: where the project's own sources are.
std::string commonSourceRoot(llvm::ArrayRef<std::string> Files,
                             llvm::StringRef BuildDir) {
  std::optional<std::string> Root;
  bool AllInBuildDir = llvm::all_of(Files, [&](const std::string &File) {
    return isUnderDir(absolutePath(File), BuildDir);
  });
  for (const std::string &Given : Files) {
    std::string File = absolutePath(Given);
    // Generated sources are not where the project is, unless every source
    // is in the database's folder (bear at the top of a tree).
    if (!AllInBuildDir && isUnderDir(File, BuildDir))
      continue;
    llvm::StringRef Dir = llvm::sys::path::parent_path(File);
    if (!Root) {
      Root = Dir.str();
      continue;
    }
    while (!Root->empty() &&
           !(llvm::StringRef(Dir).starts_with(*Root) &&
             (Dir.size() == Root->size() || Dir[Root->size()] == '/')))
      *Root = llvm::sys::path::parent_path(*Root).str();
  }
  return Root ? *Root : std::string();
}

void setProjectRoot(OwnershipOptions &Opts, llvm::StringRef Given,
                    llvm::StringRef BuildDir,
                    llvm::ArrayRef<std::string> Files) {
  if (!Given.empty())
    Opts.SourceRoot = absolutePath(Given);
  else if (std::string CMakeRoot = cmakeSourceDir(BuildDir); !CMakeRoot.empty())
    Opts.SourceRoot = CMakeRoot;
  else
    Opts.SourceRoot = commonSourceRoot(Files, BuildDir);
  // A build directory inside the sources holds generated code; one that
  // holds the sources (a database at the top of the tree) does not.
  if (!BuildDir.empty() && !isUnderDir(Opts.SourceRoot, BuildDir))
    Opts.ExcludedRoots.push_back(BuildDir.str());
}

} // namespace metrics_init_check
