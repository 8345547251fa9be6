//===--- TreeBoundFileSystem.cpp - Clang's view of a scanned tree ---------===//

#include "TreeBoundFileSystem.h"
#include "FileSafety.h"

#include "llvm/Support/Path.h"

#include <cerrno>
#include <climits>
#include <cstdlib>

namespace metrics_init_check {
namespace scan {

bool TreeBoundFileSystem::escapes(const llvm::Twine &Path) {
  llvm::SmallString<256> P;
  Path.toVector(P);
  if (makeAbsolute(P))
    return false;
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  if (!isWithin(P, Bound))
    return false;
  char Resolved[PATH_MAX];
  std::string Text(P);
  if (!::realpath(Text.c_str(), Resolved))
    // Not there (clang looks in many folders) is not an escape; a loop is
    // refused like one.
    return errno == ELOOP;
  return !isWithin(Resolved, Bound);
}

llvm::ErrorOr<llvm::vfs::Status>
TreeBoundFileSystem::status(const llvm::Twine &Path) {
  if (escapes(Path))
    return std::make_error_code(std::errc::permission_denied);
  return ProxyFileSystem::status(Path);
}

bool TreeBoundFileSystem::exists(const llvm::Twine &Path) {
  return !escapes(Path) && ProxyFileSystem::exists(Path);
}

llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
TreeBoundFileSystem::openFileForRead(const llvm::Twine &Path) {
  if (escapes(Path))
    return std::make_error_code(std::errc::permission_denied);
  return ProxyFileSystem::openFileForRead(Path);
}

} // namespace scan
} // namespace metrics_init_check
