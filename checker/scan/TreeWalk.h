//===--- TreeWalk.h - The files of one repository, walked safely -*- C++ -*-===//
//
// A scanned tree is untrusted input: it may hold symlinks out of itself or
// into loops, FIFOs that block a reader forever, generated files of many
// megabytes, files in other encodings. The walk reads only regular files
// inside the scanned folder, never follows a symlink, and says why each
// file it leaves out was left out. Nested repositories (a `.git` of their
// own, the folders of vendor/, third_party/, ...) are not part of the
// repository walked: they are returned to be scanned on their own.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_TREEWALK_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_TREEWALK_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace metrics_init_check {
namespace scan {

struct SkippedFile {
  std::string Path;
  std::string Reason;
};

struct TreeContents {
  std::vector<std::string> Sources;    ///< C and C++ TUs, absolute, sorted
  std::vector<std::string> Headers;    ///< headers, absolute, sorted
  std::vector<std::string> BuildFiles; ///< CMakeLists.txt, Makefiles, ...
  std::vector<SkippedFile> Skipped;
  /// Roots of repositories nested inside (scanned separately).
  std::vector<std::string> Nested;
};

/// Folders whose sub-folders are each a repository of their own.
bool isVendorFolder(llvm::StringRef Name);
/// A `.git` folder or file (a worktree or submodule) is in \p Dir.
bool isGitRoot(llvm::StringRef Dir);
/// Hidden folders and build folders (build, build-release, ...) hold no
/// sources of the repository.
bool isSkippedFolder(llvm::StringRef Name);

enum class FileKind { Source, Header, BuildFile, Other };
FileKind classify(llvm::StringRef Path);

/// Walks \p Root (absolute, real) without following symlinks. \p Bound is
/// the scanned folder the user named: a symlink whose target is outside
/// it is reported as such.
TreeContents walkRepository(llvm::StringRef Root, llvm::StringRef Bound);

} // namespace scan
} // namespace metrics_init_check

#endif
