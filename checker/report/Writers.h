//===--- Writers.h - Report formats: SARIF, text, JSON, fixes ----*- C++ -*-===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_WRITERS_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_WRITERS_H

#include "Report.h"
#include "RuleRegistry.h"

#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

struct ToolInfo {
  std::string Name = "metrics-init-check";
  std::string Version;
};

/// GitHub code scanning's limits for one uploaded run (docs: "SARIF results
/// exceed limit", "SARIF file is too large"); beyond them GitHub rejects the
/// upload, so the writer caps and says so in the run's notifications.
struct SarifLimits {
  unsigned MaxResults = 25000;            ///< results per run
  unsigned MaxRelatedLocations = 1000;    ///< locations per result
  unsigned MaxThreadFlowLocations = 10000; ///< per result
  size_t MaxGzippedBytes = 10u << 20;     ///< the whole upload
};

struct SarifOptions {
  /// automationDetails.id: one category per run, as upload-sarif's
  /// `category` input; empty for none.
  std::string Category;
  SarifLimits Limits;
};

/// SARIF 2.1.0, one run. Deterministic for a given report. What had to be
/// left out to stay within \p Options.Limits is added to \p Capped (and to
/// the run's toolExecutionNotifications).
nlohmann::json toSarif(const Report &R, const RuleRegistry &Rules,
                       const ToolInfo &Tool, const SarifOptions &Options = {},
                       std::vector<Notification> *Capped = nullptr);

/// clang's diagnostic format: `file:line:col: warning: message [rule]`,
/// notes at related locations and along the path, parseable fix-its.
void writeText(const Report &R, llvm::raw_ostream &OS);

/// A compact JSON of our own, for scripts that do not want SARIF.
nlohmann::json toJson(const Report &R, const ToolInfo &Tool);

/// clang-apply-replacements YAML for every finding with a fix.
void writeFixesYaml(const Report &R, llvm::raw_ostream &OS);

/// GitLab's Code Quality report (a CodeClimate issue array): unsuppressed
/// findings with description, check_name, fingerprint, severity and
/// location.path/lines.begin.
nlohmann::json toCodeClimate(const Report &R);

} // namespace metrics_init_check

#endif
