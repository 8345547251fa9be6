//===--- WholeProgram.h - The CLI's two phases over a database ---*- C++ -*-===//
//
// Phase one analyses each TU on its own and collects its facts (reusing the
// index directory's where the TU has not changed); the engine's
// whole-program pass solves them together; TUs that call functions of
// other TUs whose summaries matter are then analysed with the program's
// summaries. This file only schedules: what the facts mean and when a TU
// needs the program is the engine's (matchers/program/ProgramIndex.h).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_WHOLEPROGRAM_H
#define METRICS_INIT_CHECK_CHECKER_CLI_WHOLEPROGRAM_H

#include "Prefilter.h"
#include "TURunner.h"

namespace metrics_init_check {

struct WholeProgramOptions {
  /// Where per-TU facts are kept between runs; empty for none.
  std::string IndexDir;
  /// Print what the whole-program pass did (MIC_DEBUG_DUMP=program).
  bool Dump = false;
  /// The build directory (-p), where the linker rule looks for CMake's
  /// File API reply; empty when the database came from elsewhere.
  std::string BuildDir;
  /// Run the whole-program pass even when no rule needs it, for the
  /// program verdicts of an audit report (--report-dir).
  bool Verdicts = false;
  /// The words that make a TU matter to a rule; null parses every TU
  /// (--no-prefilter).
  const PackVocabulary *Prefilter = nullptr;
  /// The project's own headers (and vendored ones under it), absolute:
  /// what the prefilter reads with each TU that can include them. System
  /// headers are not read: every TU includes them, so they cannot tell
  /// TUs apart.
  std::vector<std::string> ProjectHeaders;
  /// With IndexDir: configurationKey() of the run, under which each TU's
  /// findings are kept in its entry and found again (FindingsCache.h);
  /// empty keeps no findings.
  std::string FindingsKey;
};

/// Analyses \p Files of \p DB in two phases and adds everything to \p Out.
/// \p Opts are the engine's options; the second phase's engine gets the
/// program's summaries added.
void runWholeProgram(const clang::tooling::CompilationDatabase &DB,
                     llvm::ArrayRef<std::string> Files,
                     std::shared_ptr<const ApiModel> Api,
                     const EngineOptions &Opts, const RunnerOptions &Runner,
                     const WholeProgramOptions &WP, Report &Out);

} // namespace metrics_init_check

#endif
