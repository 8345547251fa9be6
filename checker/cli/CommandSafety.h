//===--- CommandSafety.h - Compile commands that cannot run programs -*- C++ -*-===//
//
// A compilation database comes with the analysed tree, and clang's driver
// runs programs and loads code when options ask it to: the GPU
// architecture probes (--nvptx-arch-tool=, --amdgpu-arch-tool=, run for
// --offload-arch=native and OpenMP offloading), compiler plugins (-fplugin=,
// -Xclang -load), program search paths (-B, --prefix), driver configuration
// files (--config, clang++.cfg beside the compiler named in the command).
// Analysing a tree must not run anything from it, so these options are
// removed before clang sees the command, for the analysis and for the
// --changed-since dependency scan alike (TURunner.h's commandLineAdjuster).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_COMMANDSAFETY_H
#define METRICS_INIT_CHECK_CHECKER_CLI_COMMANDSAFETY_H

#include <string>
#include <vector>

namespace metrics_init_check {

/// \p Args (argv[0] first, unless \p WithProgram is false) without the
/// options that can make the driver run a program or load code, and with
/// --no-default-config added. What was removed is appended to \p Removed,
/// each option with its value ("-Xclang -load -Xclang evil.so").
std::vector<std::string>
withoutUnsafeOptions(const std::vector<std::string> &Args,
                     std::vector<std::string> *Removed,
                     bool WithProgram = true);

} // namespace metrics_init_check

#endif
