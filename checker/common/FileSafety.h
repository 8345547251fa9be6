//===--- FileSafety.h - Whether a file of a scanned tree may be read -*- C++ -*-===//
//
// One place decides which files of an untrusted tree the scan reads: a
// regular file, not larger than the limit, valid UTF-8. Everything else is
// skipped with a reason the report shows.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_COMMON_FILESAFETY_H
#define METRICS_INIT_CHECK_CHECKER_COMMON_FILESAFETY_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace metrics_init_check {

/// Larger files are generated (amalgamations, embedded data), not code a
/// person wrote around a service's start-up.
constexpr uint64_t MaxFileBytes = 50ull << 20;

/// Why \p Path must not be read, or nothing. Checks the file itself
/// (lstat: a symlink is never followed here) and its size.
std::optional<std::string> unreadableReason(llvm::StringRef Path);

/// Why the symlink \p Path is not followed: a loop, dangling, pointing
/// outside \p Bound, or inside it (then its target is scanned where it is).
std::string symlinkReason(llvm::StringRef Path, llvm::StringRef Bound);

/// Reads \p Path when it passes unreadableReason() and is valid UTF-8;
/// otherwise sets \p Why.
std::optional<std::string> readChecked(llvm::StringRef Path, std::string &Why);

/// Whether \p Path is \p Dir or below it (both absolute, normalised).
bool isWithin(llvm::StringRef Path, llvm::StringRef Dir);

} // namespace metrics_init_check

#endif
