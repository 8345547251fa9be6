//===--- FileSafety.cpp - Whether a file of a scanned tree may be read ----===//

#include "FileSafety.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cerrno>
#include <cstdlib>
#include <climits>

namespace metrics_init_check {

namespace fs = llvm::sys::fs;

bool isWithin(llvm::StringRef Path, llvm::StringRef Dir) {
  if (!Path.starts_with(Dir))
    return false;
  return Path.size() == Dir.size() || Dir.ends_with("/") ||
         Path[Dir.size()] == '/';
}

std::optional<std::string> unreadableReason(llvm::StringRef Path) {
  fs::file_status Status;
  if (std::error_code EC = fs::status(Path, Status, /*Follow=*/false))
    return "cannot be read: " + EC.message();
  switch (Status.type()) {
  case fs::file_type::regular_file:
    break;
  case fs::file_type::symlink_file:
    return std::string("a symlink (not followed)");
  case fs::file_type::fifo_file:
    return std::string("a FIFO (reading it could block the scan)");
  case fs::file_type::socket_file:
    return std::string("a socket");
  case fs::file_type::block_file:
  case fs::file_type::character_file:
    return std::string("a device");
  default:
    return std::string("not a regular file");
  }
  if (Status.getSize() > MaxFileBytes)
    return "larger than " + std::to_string(MaxFileBytes >> 20) +
           " MB (" + std::to_string(Status.getSize() >> 20) +
           " MB; generated code is not analysed)";
  return std::nullopt;
}

std::string symlinkReason(llvm::StringRef Path, llvm::StringRef Bound) {
  // realpath, not llvm::sys::fs::real_path: the errno tells a loop apart.
  char Resolved[PATH_MAX];
  std::string P = Path.str();
  if (!::realpath(P.c_str(), Resolved)) {
    if (errno == ELOOP)
      return "a symlink loop (not followed)";
    return "a dangling symlink (not followed)";
  }
  if (!isWithin(Resolved, Bound))
    return "a symlink pointing outside the scanned tree, to '" +
           std::string(Resolved) + "' (not followed)";
  return "a symlink inside the scanned tree (not followed; its target is "
         "scanned where it is)";
}

std::optional<std::string> readChecked(llvm::StringRef Path,
                                       std::string &Why) {
  if (std::optional<std::string> Reason = unreadableReason(Path)) {
    Why = *Reason;
    return std::nullopt;
  }
  // Not through a symlink: the file was checked as a regular file above,
  // and O_NOFOLLOW-like behaviour is what IsVolatile plus the check give.
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false,
                                            /*IsVolatile=*/true);
  if (!Buffer) {
    Why = "cannot be read: " + Buffer.getError().message();
    return std::nullopt;
  }
  llvm::StringRef Text = (*Buffer)->getBuffer();
  if (!llvm::json::isUTF8(Text)) {
    Why = "not UTF-8 text";
    return std::nullopt;
  }
  return Text.str();
}

} // namespace metrics_init_check
