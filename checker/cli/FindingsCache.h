//===--- FindingsCache.h - Findings of unchanged TUs, from the index -*- C++ -*-===//
//
// With --index-dir, each TU's entry keeps what the run found in it, under a
// key of everything that decided it: the files it read and its compile
// command (the entry's own validity), the tool, the rule packs and every
// option (the configuration key), and the parts of the whole-program
// summaries its analysis reads (programDependencies). A TU whose key is
// unchanged is not parsed: its findings come from the entry.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_FINDINGSCACHE_H
#define METRICS_INIT_CHECK_CHECKER_CLI_FINDINGSCACHE_H

#include "ProgramIndex.h"
#include "Report.h"

namespace metrics_init_check {

class FindingsCache {
public:
  /// \p ConfigKey: what decides every TU's findings besides its files,
  /// its command and the program (the front end's configuration).
  explicit FindingsCache(std::string ConfigKey)
      : ConfigKey(std::move(ConfigKey)) {}

  /// Adds \p TU's recorded findings to \p Out when they were made under
  /// the same configuration and program; false when it must be analysed.
  bool replay(const TUIndex &TU, const ProgramSummaries &Program,
              Report &Out) const;

  /// Records in \p TU what \p Out holds for it (findings, test program,
  /// findings not owned), made under \p Program. Nothing when the TU was
  /// not analysed.
  void record(TUIndex &TU, const ProgramSummaries &Program,
              const Report &Out) const;

private:
  std::string key(const TUIndex &TU, const ProgramSummaries &Program) const;
  std::string ConfigKey;
};

/// A key of the configuration files and options: \p Parts in order, and
/// the contents of \p Files (rule packs) so an edited pack invalidates.
std::string configurationKey(llvm::ArrayRef<std::string> Parts,
                             llvm::ArrayRef<std::string> Files);

} // namespace metrics_init_check

#endif
