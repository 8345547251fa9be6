//===--- RunOutput.h - The last stage of a CLI run: report, fixes, summary -*- C++ -*-===//
//
// After the analysis: the report rendered in its format and written
// atomically, the fixes exported or applied, and the summary on stderr
// from which the exit code follows.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_RUNOUTPUT_H
#define METRICS_INIT_CHECK_CHECKER_CLI_RUNOUTPUT_H

#include "Baseline.h"
#include "Report.h"
#include "Writers.h"

#include <optional>
#include <string>

namespace metrics_init_check {

enum class ReportFormat { Text, Sarif, Json, CodeClimate };

struct OutputRequest {
  ReportFormat Format = ReportFormat::Text;
  /// "-" for stdout.
  std::string Path = "-";
  /// A clang-apply-replacements YAML file, when set.
  std::string ExportFixes;
  /// Apply the fixes to the sources.
  bool Fix = false;
  SarifOptions Sarif;
  /// Also the SARIF of the same report, whatever the main format (the rule
  /// tests compare it with the text).
  std::string SarifOutput;
  /// A test hook: create this file and wait while it exists, so a test can
  /// change the sources between analysis and fixing.
  std::string DebugPauseBeforeOutput;
};

/// Writes the report and the fixes (a SARIF report notes in \p R what its
/// size limits left out). Returns what failed, if anything (the
/// analysis ran; its output is incomplete).
std::optional<std::string> writeOutputs(Report &R,
                                        const OutputRequest &Out);

/// What decides the exit code and what the summary says.
struct RunVerdict {
  Level FailLevel = Level::Warning;
  /// Only findings new against the baseline count.
  bool FailOnNew = false;
  bool HasSuppressionFile = false;
  std::optional<BaselineCounts> Compared;
  std::string SourceRoot;
  /// The notifications go to stderr too (the report is not stdout text).
  bool NotificationsOnStderr = false;
};

/// Prints the run's summary to stderr; returns how many findings are at or
/// above the fail level (and new, with FailOnNew).
unsigned summariseRun(const Report &R, const RunVerdict &V);

} // namespace metrics_init_check

#endif
