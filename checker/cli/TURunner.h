//===--- TURunner.h - Runs the engine over many TUs in parallel -*- C++ -*-===//
//
// One clang frontend per TU, on a pool of worker threads, each with its own
// file system view (so compile commands' working directories do not race).
// A TU that does not compile is recorded as not analysed, with its first
// error; its findings are not reported. The run goes on for the rest.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_TURUNNER_H
#define METRICS_INIT_CHECK_CHECKER_CLI_TURUNNER_H

#include "Engine.h"
#include "ProgramIndex.h"
#include "Report.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <functional>

namespace metrics_init_check {

struct RunnerOptions {
  unsigned Jobs = 1;
  /// --max-memory in bytes (0: none): fewer TUs in flight rather than
  /// more memory than this (MemoryGuard.h).
  uint64_t MaxMemory = 0;
  std::vector<std::string> ExtraArgsBefore;
  std::vector<std::string> ExtraArgs;
  /// Where clang's own headers (stddef.h, ...) are; added unless the
  /// compile command names one.
  std::string ResourceDir;
  /// Hash every file a TU reads into its TUIndex: what an index directory
  /// needs to tell a stale entry, and costs a read of every header.
  bool RecordInputs = false;
  /// Analyse a TU whose compilation had errors clang recovered from (a
  /// scan without a trusted build: missing headers, unknown macros), and
  /// count them in Report::RecoveredErrors instead of failing the TU.
  bool TolerateErrors = false;
  /// The file system clang reads through; the real one when unset (scan
  /// gives one that refuses symlinks out of the scanned tree).
  std::function<llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>()> FileSystem;
  /// Called with a TU's index once its first analysis is done (only when
  /// runOnFiles collects indexes), from the worker's thread: an engine with
  /// the program's summaries as far as they are known, to run the rules
  /// again on the same AST, or null. What lets a TU be parsed once.
  std::function<std::shared_ptr<const Engine>(const TUIndex &)> AnalyseAgain;
};

/// The runner's changes to every compile command (extra arguments, no
/// warnings as errors, clang's resource directory); shared with the
/// dependency scan of --changed-since so both see the same includes.
clang::tooling::ArgumentsAdjuster commandLineAdjuster(const RunnerOptions &Opts);

/// Which options of \p File's compile commands commandLineAdjuster()
/// removes, and why, as a note on the TU; nothing when none. Said for a
/// TU whether it is parsed or its findings come from the index.
std::optional<Notification>
removedOptionsNote(const clang::tooling::CompilationDatabase &DB,
                   llvm::StringRef File);

/// Analyses \p Files and adds findings, analysed and failed files to \p Out.
/// With \p Indexes, each analysed TU's contribution to the whole-program
/// pass is added there too.
void runOnFiles(const clang::tooling::CompilationDatabase &DB,
                llvm::ArrayRef<std::string> Files, const Engine &E,
                const RunnerOptions &Opts, Report &Out,
                std::vector<TUIndex> *Indexes = nullptr);

/// \p File as an absolute path, as TUs are named in reports and indexes.
std::string absolutePath(llvm::StringRef File);

/// What decides how \p File is compiled: its compile commands and the
/// runner's extra arguments. Index entries are valid only for the same.
std::string commandKey(const clang::tooling::CompilationDatabase &DB,
                       llvm::StringRef File, const RunnerOptions &Opts);

} // namespace metrics_init_check

#endif
