//===--- CheckGlobs.h - clang-tidy style --checks globs ----------*- C++ -*-===//
//
// "-*,metrics-env-*" means what it means to clang-tidy: comma-separated
// globs, '-' negates, the last glob that matches a rule id decides. Used for
// --checks and for the check lists of NOLINT(...) comments.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_CHECKGLOBS_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_CHECKGLOBS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"

#include <vector>

namespace metrics_init_check {

class CheckGlobs {
public:
  explicit CheckGlobs(llvm::StringRef Globs);
  bool enabled(llvm::StringRef RuleId) const;

private:
  struct Item {
    bool Positive;
    llvm::Regex Pattern;
  };
  std::vector<Item> Items;
};

} // namespace metrics_init_check

#endif
