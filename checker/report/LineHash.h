//===--- LineHash.h - GitHub's primaryLocationLineHash ------------*- C++ -*-===//
//
// GitHub code scanning matches alerts across commits by
// partialFingerprints.primaryLocationLineHash. When a SARIF file has none,
// the upload action (codeql-action, src/fingerprints.ts) computes it from the
// checked-out file; when it has one, it is used as given. So ours must be
// exactly what the action would compute, or every upload from this tool
// would look like a different set of alerts to the ones GitHub made itself.
//
// The algorithm, as facts: the file is read as UTF-8 and walked in UTF-16
// code units; spaces and tabs are dropped, CR and CRLF become LF; a rolling
// polynomial hash (base 37, 64-bit wrap-around) over a window of the next
// 100 kept code units is taken at the first kept unit of every line, so a
// line's hash also covers the text after it. An end-of-file marker (65535)
// follows the text and the window is flushed with zeros. Each hash is
// printed as unsigned lowercase hex with ":N", N counting how often that
// value has been seen so far in the file.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_LINEHASH_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_LINEHASH_H

#include "Report.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace metrics_init_check {

/// "hash:N" for every line of \p Contents; element 0 is line 1. A file that
/// ends with a newline has one more (empty) line, as GitHub counts it.
std::vector<std::string> lineHashes(llvm::StringRef Contents);

/// Sets every finding's LineHash from its primary file as it is on disk now.
/// Findings in files that cannot be read keep an empty one (the upload
/// action then computes it).
void assignLineHashes(Report &R);

} // namespace metrics_init_check

#endif
