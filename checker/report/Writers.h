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

/// SARIF 2.1.0, one run. Deterministic for a given report.
nlohmann::json toSarif(const Report &R, const RuleRegistry &Rules,
                       const ToolInfo &Tool);

/// clang's diagnostic format: `file:line:col: warning: message [rule]`,
/// notes at related locations and along the path, parseable fix-its.
void writeText(const Report &R, llvm::raw_ostream &OS);

/// A compact JSON of our own, for scripts that do not want SARIF.
nlohmann::json toJson(const Report &R, const ToolInfo &Tool);

/// clang-apply-replacements YAML for every finding with a fix.
void writeFixesYaml(const Report &R, llvm::raw_ostream &OS);

/// GitHub's primaryLocationLineHash-style fingerprint: a hash of the rule
/// and of the primary line's text, so it survives unrelated edits that only
/// move the line.
std::string lineHashFingerprint(const ResolvedFinding &F);

} // namespace metrics_init_check

#endif
