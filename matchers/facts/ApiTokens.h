//===--- ApiTokens.h - Metrics set-up found in raw source text ---*- C++ -*-===//
//
// Code the preprocessor skipped has no AST, so it is matched token by
// token: rule-pack API names and the names of the TU's own wrappers, in
// positions where they are used (called, constructed, made with
// make_unique) rather than declared. Both sides of an #if are matched this
// way, so a finding does not depend on which side this build compiled.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_APITOKENS_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_APITOKENS_H

#include "PreprocessorLog.h"
#include "SourceText.h"
#include "TUFacts.h"

#include "llvm/ADT/StringMap.h"

#include <optional>

namespace metrics_init_check {

struct ApiTokenHit {
  clang::SourceLocation Where; ///< the name's token
  /// Every stage of set-up the use does: a wrapper that constructs an
  /// Exposer and registers a registry with it both creates and exposes, so
  /// a side that inlines both has its equivalent.
  RoleMask Roles;
  std::string Text; ///< "StartExposer()", "RegisterCollectable(registry)"
};

class ApiTokenMatcher {
public:
  /// Knows the packs' APIs, \p Facts' own functions that set up metrics,
  /// and, with the program's summaries, the functions other TUs define that
  /// do.
  explicit ApiTokenMatcher(const TUFacts &Facts);

  /// Every use of a set-up API or wrapper in [Begin, End) of one file.
  std::vector<ApiTokenHit> scan(clang::SourceLocation Begin,
                                clang::SourceLocation End) const;

private:
  struct Name {
    RoleMask Roles;
    std::string Parent; ///< "Exposer" in Exposer::RegisterCollectable
    bool Method;        ///< needs '.', '->' or 'Parent::' before it
    bool Wrapper;       ///< a TU function: needs a call, not a declaration
  };
  /// How skipped text must spell a call of the project's own function
  /// \p FD that sets up \p Roles: a method is called on an object of its
  /// class (`svc.Start()` counts only where `svc` is declared as one).
  static Name wrapperName(const clang::FunctionDecl *FD, RoleMask Roles);
  /// Whether the object a method is called on (the identifier \p Receiver)
  /// is declared somewhere in the TU's own code, or in \p Local (names
  /// declared in the scanned text), with a type that names \p Parent.
  bool receiverIs(llvm::StringRef Receiver, llvm::StringRef Parent,
                  const llvm::StringMap<std::string> &Local) const;
  void collectDeclaredTypes() const;
  /// Adds the functions this TU declares whose whole-program summary sets
  /// up metrics (another TU defines them).
  void addExternalWrappers(llvm::StringMap<std::vector<Name>> &Wrappers) const;

  const TUFacts &Facts;
  llvm::StringMap<std::vector<Name>> Exact;
  std::vector<std::pair<llvm::GlobPattern, Name>> Globs;
  /// Names of the TU's own variables, fields, parameters and type aliases,
  /// each with the types they are declared as (or stand for); built on
  /// first use.
  mutable std::optional<llvm::StringMap<std::vector<std::string>>> DeclTypes;
};

/// The USRs of the functions \p Facts declares without defining (another
/// TU may) whose names appear in code this configuration skipped: calls the
/// TU makes in another build configuration. The whole-program pass gives
/// such a TU the program's summaries, so that its preprocessor rule knows
/// what those functions set up.
std::vector<std::string> functionsNamedInSkippedText(const TUFacts &Facts,
                                                     const PreprocessorLog &PP);

} // namespace metrics_init_check

#endif
