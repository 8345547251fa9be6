//===--- ScanCommand.h - The `scan` and `merge` sub-commands -----*- C++ -*-===//
//
// The CLI's main() hands `metrics-init-check scan ...`, `merge ...` and
// the hidden worker mode to scanCommandMain() before its own option
// parsing: these sub-commands have options of their own, parsed here, and
// share with the rest of the CLI only the engine, the runner and the
// report writers.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_SCANCOMMAND_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_SCANCOMMAND_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace metrics_init_check {
namespace scan {

/// What the executable knows about itself at build time.
struct ToolContext {
  std::string Version;
  std::string ResourceDir; ///< clang's headers (stddef.h, ...)
  const char *Argv0 = nullptr;
};

/// The argument that starts a worker process; never shown to users.
constexpr const char *WorkerCommand = "__scan-worker";

/// Whether \p Arg (argv[1]) names one of the sub-commands handled here.
bool isScanCommand(llvm::StringRef Arg);

/// Runs the sub-command argv[1] names; returns the exit code.
int scanCommandMain(int Argc, const char **Argv, const ToolContext &Tool);

} // namespace scan
} // namespace metrics_init_check

#endif
