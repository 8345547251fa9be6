//===--- ScanOutput.h - A scan's report, and merging shards' ----*- C++ -*-===//
//
// SARIF: one log, one run per repository (automationDetails.id
// `metrics-init-check/scan/<repo>/`, versionControlProvenance, URIs
// relative to the repository's root through %SRCROOT%), runs sorted by
// repository. Every run depends only on its repository, so the shards of
// a scan merged (runs put together and sorted again) are exactly the
// unsharded scan's log. JSON: the CLI's JSON report per repository, in the
// same order. Text: each repository's findings under its name.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_SCANOUTPUT_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_SCANOUTPUT_H

#include "ScanDriver.h"

#include "RuleRegistry.h"
#include "Writers.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {
namespace scan {

/// automationDetails.id of \p Repo's run.
std::string runCategory(llvm::StringRef Repo);

/// Each run (SARIF) or repository (JSON) also carries, as
/// `metricsAuditData`, what mergedAudit() needs: the repository's
/// findings, verdicts and inventory whole, its root and \p AuditRoot, the
/// folder the audit names files from (scanAudit()).
nlohmann::json scanSarif(const std::vector<RepoResult> &Repos,
                         const RuleRegistry &Rules, const ToolInfo &Tool,
                         llvm::StringRef AuditRoot);
nlohmann::json scanJson(const std::vector<RepoResult> &Repos,
                        const ToolInfo &Tool, llvm::StringRef AuditRoot);
void writeScanText(const std::vector<RepoResult> &Repos,
                   llvm::raw_ostream &OS);

/// One report of every repository for the audit (writeAuditReport, whose
/// root is the scanned folder, or the folder holding all the scanned
/// ones): their findings, programs and metrics, each repository under the
/// scan's name for it.
Report scanAudit(const std::vector<RepoResult> &Repos);

/// Joins shard outputs (all SARIF or all JSON) as one scan would have
/// written them. Fails on a file of another kind or a repository in two.
llvm::Expected<nlohmann::json> mergeOutputs(llvm::ArrayRef<std::string> Files);

struct MergedAudit {
  Report R;         ///< as scanAudit() makes it for the unsharded scan
  std::string Root; ///< the folder the shards' scans named files from
};

/// The audit of mergeOutputs()'s result; a shard checked out in another
/// folder than the first repository's has its paths moved there. Fails on
/// a repository without `metricsAuditData` (an older version's output).
llvm::Expected<MergedAudit> mergedAudit(const nlohmann::json &Merged);

} // namespace scan
} // namespace metrics_init_check

#endif
