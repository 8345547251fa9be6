//===--- ScanCache.h - Where a scan keeps what it found per TU --*- C++ -*-===//
//
// Per repository, a folder with the TUs' whole-program facts (an IndexDir,
// which drops an entry when any file the TU read has changed) and their
// reports. A report is found again under a key of everything that decides
// it: the TU's path and content, its compile command, the tool's version
// and the rule packs (scanKey); in phase two, the program's summaries too.
// Without --cache-dir (or with --no-cache) the same layout lives in a
// temporary folder removed at the end.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_SCANCACHE_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_SCANCACHE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace metrics_init_check {
namespace scan {

/// 16 hex digits of a stable 64-bit hash (xxh3) of \p Text.
std::string hashHex(llvm::StringRef Text);

/// $XDG_CACHE_HOME/metrics-init-check/scan, else ~/.cache/...; empty when
/// neither is set.
std::string defaultCacheDir();

class ScanCache {
public:
  /// \p Root: the cache folder (made if missing).
  explicit ScanCache(std::string Root) : Root(std::move(Root)) {}

  /// The folder of the repository at \p RepoRoot.
  std::string repoDir(llvm::StringRef RepoRoot) const;
  std::string indexDir(llvm::StringRef RepoRoot) const;
  /// The report of a TU's first phase, under \p Key (scanKey() plus its
  /// main file's content hash).
  std::string firstPhase(llvm::StringRef RepoRoot, llvm::StringRef Key) const;
  /// The report of its second phase, also keyed by the program's summaries.
  std::string secondPhase(llvm::StringRef RepoRoot, llvm::StringRef Key,
                          llvm::StringRef ProgramHash) const;
  const std::string &root() const { return Root; }

private:
  std::string Root;
};

/// What decides a TU's analysis besides the files it reads.
std::string scanKey(llvm::StringRef File, llvm::StringRef Directory,
                    llvm::ArrayRef<std::string> Args,
                    llvm::StringRef ToolVersion, llvm::StringRef Checks,
                    llvm::StringRef PacksFingerprint);

} // namespace scan
} // namespace metrics_init_check

#endif
