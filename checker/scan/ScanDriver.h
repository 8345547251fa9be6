//===--- ScanDriver.h - A scan of many repositories, end to end --*- C++ -*-===//
//
// Discovers the repositories, decides each TU's flags, and analyses every
// TU in worker processes in the CLI's two phases (WholeProgram.h): first
// each TU on its own, collecting its whole-program facts; then, per
// repository, the program pass over its TUs' facts, and the TUs that need
// it analysed again with the program's summaries. Results come from the
// cache where nothing they depend on changed.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_SCANDRIVER_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_SCANDRIVER_H

#include "RepoDiscovery.h"
#include "ScanCommand.h"
#include "VcsProvenance.h"

#include "Report.h"

#include <optional>

namespace metrics_init_check {
namespace scan {

struct ScanOptions {
  std::vector<std::string> Dirs;
  unsigned Jobs = 1;
  unsigned TimeoutSeconds = 120;
  unsigned MemoryMB = 0;
  /// The bundled declaration-only headers; empty for none.
  std::string StubDir;
  /// The cache folder; empty: a temporary one, removed at the end.
  std::string CacheDir;
  /// Take only the repositories of shard K of N (1-based); N 0: all.
  unsigned ShardIndex = 0, ShardCount = 0;
  bool Quiet = false;
  std::string Checks = "metrics-*";
  std::vector<std::string> RulePacks; ///< files, in order
  /// Parse only the TUs the token scan finds relevant (Prefilter.h).
  bool Prefilter = true;
};

struct RepoResult {
  std::string Name, Root;
  Report R;
  std::optional<VcsInfo> Vcs;
  unsigned TUs = 0, WithRepositoryFlags = 0, Parsed = 0, FromCache = 0;
};

struct ScanStats {
  unsigned Repositories = 0, TUs = 0, Parsed = 0, FromCache = 0;
  unsigned WithRepositoryFlags = 0, WithRecoveredErrors = 0, NotAnalysed = 0;
  unsigned SkippedRepositories = 0; ///< other shards'
  unsigned Prefiltered = 0;         ///< TUs the prefilter left out
};

/// Whether the repositories of group \p Name belong to shard \p K of \p N.
bool inShard(llvm::StringRef Name, unsigned K, unsigned N);

/// Runs the scan; fails only when nothing could be scanned (a folder that
/// is not there, no place for the temporary files).
llvm::Expected<std::vector<RepoResult>> runScan(const ScanOptions &Opts,
                                                const ToolContext &Tool,
                                                ScanStats &Stats);

} // namespace scan
} // namespace metrics_init_check

#endif
