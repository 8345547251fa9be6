//===--- MemoryGuard.h - Fewer workers instead of running out of memory -*- C++ -*-===//
//
// --max-memory SIZE: each worker thread holds one TU's AST, so the run's
// resident memory is about what it started with plus the largest TU's
// front-end memory per worker. After each TU the guard updates that
// estimate (from clang's own accounting of the TU, measured while its AST
// was alive, and the process's resident set); when it would pass the limit
// it lowers how many TUs may be in flight: those running finish, the rest
// run on fewer workers, down to one. It says so on stderr and never stops
// the run.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_MEMORYGUARD_H
#define METRICS_INIT_CHECK_CHECKER_CLI_MEMORYGUARD_H

#include "llvm/ADT/StringRef.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

namespace metrics_init_check {

/// The process's resident set in bytes (/proc/self/statm); 0 when unknown.
uint64_t residentBytes();

/// "512M", "2G", "300000K", "1073741824" (bytes); K, M, G are powers of
/// 1024. Nothing for anything else.
std::optional<uint64_t> parseMemorySize(llvm::StringRef Text);

class MemoryGuard {
public:
  /// \p Limit in bytes, 0 for none; \p Workers the threads the run has.
  MemoryGuard(uint64_t Limit, unsigned Workers);

  /// Waits until one more TU may be in flight.
  void acquire();
  /// A TU is done; \p TUBytes is what its front end held at its peak.
  void release(uint64_t TUBytes);

  unsigned allowed() const;

private:
  bool overLimit(unsigned Workers, uint64_t Resident) const;

  const uint64_t Limit;
  const uint64_t Base; ///< resident at the start, without any TU
  mutable std::mutex Lock;
  std::condition_variable Freed;
  unsigned Allowed, Running = 0;
  uint64_t Largest = 0;
};

} // namespace metrics_init_check

#endif
