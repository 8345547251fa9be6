//===--- ChangedFiles.h - --changed-since: the TUs a change affects -*- C++ -*-===//
//
// A pull request touches a few files of a large service; CI should analyse
// the TUs those files are part of and nothing else. Files come from the real
// git (what changed since the merge base with the ref, committed or not, and
// new untracked files); which TUs include a changed header comes from
// clang's dependency scanner run on each TU's compile command, not from
// searching the text for #include lines (macros, include paths and
// conditional includes decide).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_CHANGEDFILES_H
#define METRICS_INIT_CHECK_CHECKER_CLI_CHANGEDFILES_H

#include "TURunner.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace metrics_init_check {

/// Absolute paths of the files that differ between the merge base of
/// \p Ref and HEAD, and the working tree, in the git repository around
/// \p Directory. Errors (no git, not a repository, unknown ref) say which.
llvm::Expected<std::set<std::string>>
changedFilesSince(llvm::StringRef Ref, llvm::StringRef Directory);

/// The first of \p Configuration (rule packs or directories of them,
/// .clang-tidy, the compilation database) that \p Changed touches: such a
/// change can alter findings in any TU.
std::optional<std::string>
changedConfiguration(const std::set<std::string> &Changed,
                     llvm::ArrayRef<std::string> Configuration);

/// The TUs of \p Files that are changed themselves or include a changed
/// file. A TU whose includes cannot be scanned is kept: analysing it
/// reports why it does not compile.
std::vector<std::string>
affectedTranslationUnits(const clang::tooling::CompilationDatabase &DB,
                         llvm::ArrayRef<std::string> Files,
                         const std::set<std::string> &Changed,
                         const RunnerOptions &Opts);

/// --changed-since as a whole: the TUs of \p Files to analyse, every one
/// when \p Configuration changed. Says on stderr what it selected.
llvm::Expected<std::vector<std::string>>
selectChangedTUs(llvm::StringRef Ref,
                 const clang::tooling::CompilationDatabase &DB,
                 llvm::ArrayRef<std::string> Files,
                 llvm::ArrayRef<std::string> Configuration,
                 const RunnerOptions &Opts);

} // namespace metrics_init_check

#endif
