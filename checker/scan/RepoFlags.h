//===--- RepoFlags.h - How each TU of a repository is compiled --*- C++ -*-===//
//
// The repository's own compile_commands.json (at its root or in a build*/
// folder) when it has one, with its paths re-rooted when they name the
// machine the database was made on; synthesised flags (FlagSynthesis.h)
// for every TU it does not cover. The commands are written to a database
// outside the scanned tree, which the workers read; the options that can
// run a program or load code are removed by the runner (CommandSafety.h).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_REPOFLAGS_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_REPOFLAGS_H

#include "RepoDiscovery.h"

#include "llvm/Support/Error.h"

namespace metrics_init_check {
namespace scan {

struct TUCommand {
  std::string File; ///< absolute, in the repository
  std::string Directory;
  std::vector<std::string> Args;
  bool FromRepository = false; ///< from its compile_commands.json
};

struct RepoCommands {
  std::vector<TUCommand> TUs; ///< one per source, in the walk's order
  std::string Database;       ///< the repository's database used, or empty
  /// What the reader of the report should know (re-rooting, a database
  /// that could not be read, the standard chosen).
  std::vector<std::string> Notes;
};

/// \p Extra is appended to every command (the bundled headers' -idirafter).
/// \p Vendored: headers of the repositories nested in it.
RepoCommands repositoryCommands(const Repository &Repo,
                                llvm::StringRef StubDir,
                                llvm::ArrayRef<std::string> Vendored = {});

/// \p Prefix (old root) replaced by \p Replacement in \p Text, where it
/// starts a path ("-I/old/x" -> "-I/new/x").
std::string reroot(llvm::StringRef Text, llvm::StringRef Prefix,
                   llvm::StringRef Replacement);

/// Writes \p TUs as a compile_commands.json at \p Path.
llvm::Error writeDatabase(llvm::StringRef Path,
                          llvm::ArrayRef<TUCommand> TUs);

} // namespace scan
} // namespace metrics_init_check

#endif
