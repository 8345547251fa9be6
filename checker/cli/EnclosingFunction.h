//===--- EnclosingFunction.h - The function a finding is in ------*- C++ -*-===//
//
// Baseline identities (report/Fingerprint.h) name the function around a
// finding instead of its line, so moving the function does not make its
// findings new.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_ENCLOSINGFUNCTION_H
#define METRICS_INIT_CHECK_CHECKER_CLI_ENCLOSINGFUNCTION_H

#include "clang/AST/ASTContext.h"

#include <string>

namespace metrics_init_check {

/// Finds the innermost function definition around source locations of one
/// TU. Built once per TU with findings; lookups are cheap.
class EnclosingFunctions {
public:
  explicit EnclosingFunctions(clang::ASTContext &Ctx);

  /// The qualified name ("orders::Server::Start") of the function whose
  /// body contains \p Loc, or "" at namespace scope.
  std::string nameAt(clang::SourceLocation Loc) const;

private:
  struct Range {
    clang::SourceLocation Begin, End;
    std::string Name;
  };
  const clang::SourceManager &SM;
  std::vector<Range> Functions;
};

} // namespace metrics_init_check

#endif
