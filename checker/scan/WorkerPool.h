//===--- WorkerPool.h - Worker processes, with limits -----------*- C++ -*-===//
//
// Runs jobs as processes of our own executable, N at a time, from one
// thread: each is polled, killed when it runs past its time, and started
// under a memory limit (setrlimit, in the child). What happened to each is
// returned, for the driver to report a TU as not analysed with the reason.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_WORKERPOOL_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_WORKERPOOL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <functional>
#include <string>
#include <vector>

namespace metrics_init_check {
namespace scan {

struct ProcessJob {
  std::vector<std::string> Args; ///< after the executable
  std::string StderrFile;        ///< where the worker's stderr goes
  std::string Label;             ///< for progress ("repo/src/x.cpp")
};

struct ProcessOutcome {
  bool Ok = false;
  /// When not Ok: "crashed (Segmentation fault)", "ran past the 120 s
  /// limit", ... with the worker's last line of stderr.
  std::string Why;
};

struct PoolOptions {
  unsigned Jobs = 1;
  unsigned TimeoutSeconds = 120;
  unsigned MemoryMB = 0; ///< 0: no limit
};

/// Runs \p Jobs with \p Executable; \p Done is called (in the calling
/// thread) as each finishes, with its index.
std::vector<ProcessOutcome>
runProcesses(llvm::StringRef Executable, llvm::ArrayRef<ProcessJob> Jobs,
             const PoolOptions &Opts,
             const std::function<void(size_t)> &Done = {});

} // namespace scan
} // namespace metrics_init_check

#endif
