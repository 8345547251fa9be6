//===--- ProjectRoot.h - Where the project's own sources are ----*- C++ -*-===//
//
// Findings are reported only in the project's own code (docs/whose-code.md).
// The CLI knows where that is from the command line and the build: an
// explicit --project-root, the source directory a CMake build directory was
// configured from, or the deepest folder holding the database's sources.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_PROJECTROOT_H
#define METRICS_INIT_CHECK_CHECKER_CLI_PROJECTROOT_H

#include "CodeOwnership.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace metrics_init_check {

/// Sets \p Opts' SourceRoot from \p Given (may be empty), the build
/// directory \p BuildDir (absolute, may be empty) and the database's
/// \p Files; excludes the build directory unless it holds the sources.
void setProjectRoot(OwnershipOptions &Opts, llvm::StringRef Given,
                    llvm::StringRef BuildDir,
                    llvm::ArrayRef<std::string> Files);

/// The source tree a CMake build directory was configured from
/// (CMAKE_HOME_DIRECTORY in its CMakeCache.txt), or empty.
std::string cmakeSourceDir(llvm::StringRef BuildDir);

/// The deepest folder holding every one of \p Files that is not under
/// \p BuildDir (all of them when every one is).
std::string commonSourceRoot(llvm::ArrayRef<std::string> Files,
                             llvm::StringRef BuildDir);

} // namespace metrics_init_check

#endif
