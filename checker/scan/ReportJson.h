//===--- ReportJson.h - A Report, whole, as JSON and back --------*- C++ -*-===//
//
// How a worker process hands what it found in one TU to the scan driver,
// and how the cache keeps it: every field the writers use, so a report
// put together from workers' files is written exactly as one made in
// process would be. A scan's output carries each repository's report in
// this form too, verdicts and inventory included, for `merge
// --report-dir` (ScanOutput.h). Not a user-facing format (that is
// toJson()).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_REPORTJSON_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_REPORTJSON_H

#include "Report.h"

#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {
namespace scan {

nlohmann::json reportToJson(const Report &R);
/// Fails on anything malformed (a truncated file of a killed worker).
llvm::Expected<Report> reportFromJson(const nlohmann::json &J);

/// Reads a file written from reportToJson().
llvm::Expected<Report> readReportFile(llvm::StringRef Path);

/// Appends \p From's findings, files and notifications to \p Into.
void appendReport(Report &Into, Report &&From);

} // namespace scan
} // namespace metrics_init_check

#endif
