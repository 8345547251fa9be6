//===--- OutputFile.h - Reports and fixed sources, written atomically -*- C++ -*-===//
//
// A report or a fixed source file is either written whole or not at all: the
// text goes to a temporary file beside the target, which is renamed over it.
// An interrupted run never leaves half a SARIF file for CI to upload.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_OUTPUTFILE_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_OUTPUTFILE_H

#include "Report.h"

#include "llvm/Support/Error.h"

namespace metrics_init_check {

/// Writes \p Contents to \p Path ("-" is stdout) atomically.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents);

/// Fails early, before a long analysis, when \p Path cannot be written.
llvm::Error checkWritable(llvm::StringRef Path);

/// Applies every finding's fix to the files on disk. Fixes that overlap an
/// earlier one are skipped and listed in \p Skipped. Files whose contents
/// differ from what was analysed are not touched and are listed in
/// \p Changed.
llvm::Error applyFixes(const Report &R, unsigned &Applied,
                       std::vector<std::string> &Skipped,
                       std::vector<std::string> &Changed);

} // namespace metrics_init_check

#endif
