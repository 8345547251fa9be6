//===--- CTestPrograms.h - Programs a CMake build runs as tests -*- C++ -*-===//
//
// A test program need not include a test framework nor live in a tests/
// folder: `add_test(NAME selfcheck COMMAND selfcheck)` makes any executable
// one. CMake writes those commands into CTestTestfile.cmake files of the
// build directory, and the File API says which sources build each
// executable: together, the sources of every program CTest runs. Both are
// read as text; nothing of the build is run.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_CTESTPROGRAMS_H
#define METRICS_INIT_CHECK_CHECKER_CLI_CTESTPROGRAMS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace metrics_init_check {

/// Source file (absolute) -> the name of the CTest test that runs the
/// executable it is compiled into. Empty without CTest files or a File API
/// reply in \p BuildDir.
llvm::StringMap<std::string> ctestSources(llvm::StringRef BuildDir);

} // namespace metrics_init_check

#endif
