//===--- AuditHtml.h - The metrics audit as one self-contained page -*- C++ -*-===//
//
// index.html of the audit directory: what a team lead puts on a screen in a
// review. Totals, the verdicts per repository as a bar chart, sortable and
// filterable tables of programs and metrics, and every finding with its code
// excerpt and path steps, linked to file:line.
//
// The page loads nothing: its style and script (html/, embedded at build
// time) and the data are inline. The data is one JSON block whose '<', '>'
// and '&' are escaped, so no name or path in it can end the block; the
// script only ever sets text, never markup; and a Content-Security-Policy
// allows no network and no script but the page's own (by hash), so even an
// injected handler would not run.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_AUDITHTML_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_AUDITHTML_H

#include "Report.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

/// What the page shows, as the JSON it embeds: programs, findings with
/// their excerpts and steps, metrics, counts; paths relative to \p Root.
nlohmann::json auditPageData(const Report &R, llvm::StringRef Root);

/// \p Data as a <script type="application/json"> body: nothing in it can
/// close the element or start markup.
std::string escapeForScriptBlock(const nlohmann::json &Data);

/// index.html's text, paths relative to \p Root.
std::string auditHtml(const Report &R, llvm::StringRef Root);

} // namespace metrics_init_check

#endif
