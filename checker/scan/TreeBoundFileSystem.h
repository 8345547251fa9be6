//===--- TreeBoundFileSystem.h - Clang's view of a scanned tree -*- C++ -*-===//
//
// The walk never follows a symlink out of the scanned tree, but clang
// opens what `#include` names itself, and the operating system follows
// links. This file system, under the worker's clang, refuses every file
// whose path is inside the scanned folder but whose target is not: to
// clang such a header is not there (an error it recovers from). Files
// outside the tree (the system's headers, the bundled ones) are read as
// usual.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_TREEBOUNDFILESYSTEM_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_TREEBOUNDFILESYSTEM_H

#include "llvm/Support/VirtualFileSystem.h"

namespace metrics_init_check {
namespace scan {

class TreeBoundFileSystem : public llvm::vfs::ProxyFileSystem {
public:
  /// \p Bound: the scanned folder, absolute and real.
  TreeBoundFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                      std::string Bound)
      : ProxyFileSystem(std::move(FS)), Bound(std::move(Bound)) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override;
  bool exists(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;

  /// Whether \p Path is in the tree but leads out of it (or into a loop).
  bool escapes(const llvm::Twine &Path);

private:
  std::string Bound;
};

} // namespace scan
} // namespace metrics_init_check

#endif
