//===--- ScanWorker.h - One TU, analysed in a process of its own -*- C++ -*-===//
//
// The scan driver re-runs its own executable in worker mode for every TU:
// a TU that crashes the parser, loops or takes all memory then costs that
// process only (the driver reports it and goes on). The worker analyses
// the TU with the runner (TURunner.h), stores the TU's whole-program facts
// in an index folder and its report in a result file, both outside the
// scanned tree.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_SCANWORKER_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_SCANWORKER_H

#include "ScanCommand.h"

#include <vector>

namespace metrics_init_check {
namespace scan {

struct WorkerJob {
  std::string Database;  ///< the repository's compile_commands.json (ours)
  std::string File;      ///< the TU
  std::string Result;    ///< where the report goes
  std::string IndexDir;  ///< where the TU's facts go (phase one)
  std::string Key;       ///< stored as the facts' command: the cache key
  std::string Program;   ///< folder of program.json (phase two), or empty
  std::string Root;      ///< the repository: whose code is reported
  std::string Bound;     ///< the scanned folder clang must not leave
  std::string Checks = "metrics-*";
  std::vector<std::string> RulePacks; ///< files
};

/// The worker's arguments for \p Job (after the executable and
/// WorkerCommand).
std::vector<std::string> workerArguments(const WorkerJob &Job);

/// The worker process's main: argv[1] is WorkerCommand.
int workerMain(int Argc, const char **Argv, const ToolContext &Tool);

} // namespace scan
} // namespace metrics_init_check

#endif
