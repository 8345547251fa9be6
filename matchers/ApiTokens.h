//===--- ApiTokens.h - Metrics set-up found in raw source text ---*- C++ -*-===//
//
// Code the preprocessor skipped has no AST, so it is matched token by
// token: rule-pack API names and the names of the TU's own wrappers, in
// positions where they are used (called, constructed, made with
// make_unique) rather than declared. Both sides of an #if are matched this
// way, so a finding does not depend on which side this build compiled.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_APITOKENS_H
#define METRICS_INIT_CHECK_MATCHERS_APITOKENS_H

#include "TUFacts.h"

#include "llvm/ADT/StringMap.h"

namespace metrics_init_check {

struct ApiTokenHit {
  clang::SourceLocation Where; ///< the name's token
  ApiRole Role;
  std::string Text; ///< "StartExposer()", "RegisterCollectable(registry)"
};

class ApiTokenMatcher {
public:
  /// Knows the packs' APIs and \p Facts' own functions that set up metrics.
  explicit ApiTokenMatcher(const TUFacts &Facts);

  /// Every use of a set-up API or wrapper in [Begin, End) of one file.
  std::vector<ApiTokenHit> scan(clang::SourceLocation Begin,
                                clang::SourceLocation End) const;

private:
  struct Name {
    ApiRole Role;
    std::string Parent; ///< "Exposer" in Exposer::RegisterCollectable
    bool Method;        ///< needs '.', '->' or 'Parent::' before it
    bool Wrapper;       ///< a TU function: needs a call, not a declaration
  };
  const TUFacts &Facts;
  llvm::StringMap<std::vector<Name>> Exact;
  std::vector<std::pair<llvm::GlobPattern, Name>> Globs;
};

} // namespace metrics_init_check

#endif
