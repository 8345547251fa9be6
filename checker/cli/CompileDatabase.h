//===--- CompileDatabase.h - Where the CLI's compile commands come from -*- C++ -*-===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_COMPILEDATABASE_H
#define METRICS_INIT_CHECK_CHECKER_CLI_COMPILEDATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>

namespace metrics_init_check {

/// Loads -p \p BuildPath (a build directory or the database file), or
/// else \p Fixed (the flags after `--`), or else a database found next to
/// the first of \p Sources. Response files are expanded, so that the
/// options in them are checked like the others (CommandSafety.h). Null,
/// with \p Error saying what to do, when there is none.
std::unique_ptr<clang::tooling::CompilationDatabase>
loadDatabase(llvm::StringRef BuildPath, llvm::ArrayRef<std::string> Sources,
             std::unique_ptr<clang::tooling::CompilationDatabase> Fixed,
             std::string &Error);

} // namespace metrics_init_check

#endif
