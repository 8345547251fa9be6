//===--- NoLint.h - clang-tidy's NOLINT comments, for the CLI ----*- C++ -*-===//
//
// The CLI honours the same suppression comments as clang-tidy, so one
// source base serves both front ends: NOLINT and NOLINT(globs) on the
// finding's line, NOLINTNEXTLINE on the line before, NOLINTBEGIN/NOLINTEND
// around it. A suppressed finding is kept, marked, and never fails the run.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_NOLINT_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_NOLINT_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace metrics_init_check {

/// The comment that suppresses \p RuleId at 1-based \p Line of \p Buffer
/// ("NOLINTNEXTLINE(metrics-*): dev only"), or nothing.
std::optional<std::string> findNoLint(llvm::StringRef Buffer, unsigned Line,
                                      llvm::StringRef RuleId);

} // namespace metrics_init_check

#endif
