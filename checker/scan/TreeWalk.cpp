//===--- TreeWalk.cpp - The files of one repository, walked safely --------===//

#include "TreeWalk.h"
#include "FileSafety.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace metrics_init_check {
namespace scan {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

bool isVendorFolder(llvm::StringRef Name) {
  // The spellings seen in real trees: yeti-lnp-resolver keeps libconfuse
  // and libre in third/, ClickHouse its libraries in contrib/.
  return llvm::StringSwitch<bool>(Name)
      .Cases("vendor", "vendored", "third_party", "third-party", "thirdparty",
             true)
      .Cases("third", "3rdparty", "3rd_party", "3rd-party", true)
      .Cases("external", "deps", "contrib", true)
      .Default(false);
}

bool isGitRoot(llvm::StringRef Dir) {
  llvm::SmallString<256> Git(Dir);
  path::append(Git, ".git");
  fs::file_status Status;
  if (fs::status(Git, Status, /*Follow=*/false))
    return false;
  return Status.type() == fs::file_type::directory_file ||
         Status.type() == fs::file_type::regular_file;
}

bool isSkippedFolder(llvm::StringRef Name) {
  // build, build-release, build_asan, build2; not builder/ or buildsystem/,
  // which hold sources.
  bool Build = Name.starts_with("build") &&
               (Name.size() == 5 || !llvm::isAlpha(Name[5]));
  return Name.starts_with(".") || Build || Name.starts_with("cmake-build-");
}

FileKind classify(llvm::StringRef Path) {
  llvm::StringRef Name = path::filename(Path);
  if (Name == "CMakeLists.txt" || Name == "Makefile" || Name == "makefile" ||
      Name == "GNUmakefile" || Name == "meson.build" ||
      Name == "configure.ac" || Name == "BUILD" || Name == "BUILD.bazel")
    return FileKind::BuildFile;
  std::string Ext = path::extension(Name).lower();
  return llvm::StringSwitch<FileKind>(Ext)
      .Cases(".c", ".cc", ".cpp", ".cxx", ".c++", FileKind::Source)
      .Cases(".h", ".hh", ".hpp", ".hxx", ".h++", ".ipp", ".inl",
             FileKind::Header)
      .Cases(".cmake", ".mk", ".mak", FileKind::BuildFile)
      .Default(FileKind::Other);
}

namespace {

class Walker {
public:
  Walker(llvm::StringRef Root, llvm::StringRef Bound, TreeContents &Out)
      : Root(Root), Bound(Bound), Out(Out) {}

  void folder(llvm::StringRef Dir, unsigned Depth) {
    // Deeper than any source tree: a bind mount or a generated maze.
    if (Depth > 64) {
      Out.Skipped.push_back({Dir.str(), "nested too deeply (not walked)"});
      return;
    }
    std::error_code EC;
    std::vector<std::string> Children;
    for (fs::directory_iterator It(Dir, EC, /*FollowSymlinks=*/false), End;
         It != End && !EC; It.increment(EC))
      Children.push_back(It->path());
    if (EC)
      Out.Skipped.push_back({Dir.str(), "cannot be listed: " + EC.message()});
    std::sort(Children.begin(), Children.end());
    bool InVendor = isVendorFolder(path::filename(Dir)) && Dir != Root;
    for (const std::string &Child : Children)
      entry(Child, Depth, InVendor);
  }

private:
  void entry(const std::string &Child, unsigned Depth, bool InVendor) {
    llvm::StringRef Name = path::filename(Child);
    fs::file_status Status;
    if (fs::status(Child, Status, /*Follow=*/false))
      return;
    if (Status.type() == fs::file_type::symlink_file) {
      std::string Why = symlinkReason(Child, Bound);
      // A symlink inside the tree to a folder or a file we would read
      // anyway is not worth a line; loops and escapes always are.
      if (!llvm::StringRef(Why).contains("inside the scanned tree") ||
          classify(Child) != FileKind::Other)
        Out.Skipped.push_back({Child, Why});
      return;
    }
    if (Status.type() == fs::file_type::directory_file) {
      if (isSkippedFolder(Name))
        return;
      if (InVendor || isGitRoot(Child)) {
        Out.Nested.push_back(Child);
        return;
      }
      folder(Child, Depth + 1);
      return;
    }
    FileKind Kind = classify(Child);
    if (Kind == FileKind::Other)
      return;
    if (std::optional<std::string> Why = unreadableReason(Child)) {
      Out.Skipped.push_back({Child, *Why});
      return;
    }
    switch (Kind) {
    case FileKind::Source: {
      // Read once here so that a TU clang would misread is never handed
      // to it; headers are checked where they are read (FlagSynthesis).
      std::string Why;
      if (!readChecked(Child, Why)) {
        Out.Skipped.push_back({Child, Why});
        return;
      }
      Out.Sources.push_back(Child);
      break;
    }
    case FileKind::Header:
      Out.Headers.push_back(Child);
      break;
    case FileKind::BuildFile:
      Out.BuildFiles.push_back(Child);
      break;
    case FileKind::Other:
      break;
    }
  }

  llvm::StringRef Root, Bound;
  TreeContents &Out;
};

} // namespace

TreeContents walkRepository(llvm::StringRef Root, llvm::StringRef Bound) {
  TreeContents Out;
  Walker(Root, Bound, Out).folder(Root, 0);
  return Out;
}

} // namespace scan
} // namespace metrics_init_check
