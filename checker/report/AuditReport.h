//===--- AuditReport.h - The metrics audit: program verdicts as a report -*- C++ -*-===//
//
// What a platform team reads instead of findings: how many programs there
// are, how many serve, and how many of those expose no metrics, then per
// repository each program's verdict with the findings that explain it;
// and the inventory of the metrics the code defines, as CSV and JSON.
// The same data goes into SARIF's run properties so CI can read it without
// the report (SarifWriter.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_AUDITREPORT_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_AUDITREPORT_H

#include "Report.h"

#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

/// {"programs": N, "serving": N, "verdicts": {"always": N, ...}}.
nlohmann::json verdictCounts(const Report &R);

/// One object per program: entry, serves, exposes, why, findings; paths
/// relative to \p Root.
nlohmann::json programsJson(const Report &R, llvm::StringRef Root);

/// {"metrics": N, "runtimeNames": N, "byLibrary": {...}, "byKind": {...}}.
nlohmann::json inventoryCounts(const Report &R);

/// One object per metric (inventory.json), paths relative to \p Root.
nlohmann::json inventoryJson(const Report &R, llvm::StringRef Root);

/// inventory.csv's text (RFC 4180: quoted where needed, CRLF-free).
std::string inventoryCsv(const Report &R, llvm::StringRef Root);

/// summary.md's text.
std::string auditSummary(const Report &R, llvm::StringRef Root);

/// Writes the audit of \p R into \p Dir (created if missing), each file
/// atomically. \p Root is the folder files are named from, and the one
/// programs are grouped under when no repository is nearer: a parameter,
/// not R.SourceRoot, because a run's findings are named from its
/// --source-root (or the current folder) while its audit is named from
/// the project root (audit.md), and a scan's from the scanned folder.
llvm::Error writeAuditReport(const Report &R, llvm::StringRef Root,
                             llvm::StringRef Dir);

} // namespace metrics_init_check

#endif
