//===--- VcsProvenance.h - A repository's origin, read from .git -*- C++ -*-===//
//
// SARIF's versionControlProvenance, read from the files of `.git` (HEAD,
// refs, packed-refs, config) without running git: the scan runs nothing,
// and a tree's git configuration could name programs for git to run.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_VCSPROVENANCE_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_VCSPROVENANCE_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace metrics_init_check {
namespace scan {

struct VcsInfo {
  std::string RemoteUrl; ///< origin's (or the first remote's) URL, no password
  std::string Commit;    ///< 40 hex digits, or empty
  std::string Branch;    ///< empty when HEAD is detached
};

/// What \p Root's `.git` (a folder, or a file naming one) says; nothing
/// when it has no `.git`.
std::optional<VcsInfo> readVcsInfo(llvm::StringRef Root);

/// \p Url without user information ("https://user:token@host/x" ->
/// "https://host/x"); scp-like "git@host:x" becomes "ssh://host/x".
std::string publicUrl(llvm::StringRef Url);

} // namespace scan
} // namespace metrics_init_check

#endif
