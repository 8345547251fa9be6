//===--- PathSearch.h - Paths to serving, with and without init -*- C++ -*-===//
//
// Follows control flow forward from a point in a function's CFG, across
// returns into the TU's callers, and tells whether paths from there
// initialise metrics before serving or go on to serve without them. Error
// exits (exit(), abort(), throw, `return 1;` from main, `return false;`
// from a helper) end a path: a service that stops is not serving.
//
// A path "serves" when it reaches a serve point from a rule pack, a call of
// a TU function that reaches one, or the end of a function no TU code calls
// (main returning, an exported Telemetry::Start() returning to unseen
// callers): from there on nothing in this TU initialises metrics. A root
// that serves on other paths and returns on this one (main's `--version`)
// has stopped instead.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_PATHS_PATHSEARCH_H
#define METRICS_INIT_CHECK_MATCHERS_PATHS_PATHSEARCH_H

#include "TUFacts.h"

namespace metrics_init_check {

/// One step of an explained path: where, and what happens there.
struct PathStep {
  const clang::Stmt *Where = nullptr;
  const clang::Decl *EndOf = nullptr; ///< for "returns from F"
  std::string What;
};

struct PathOutcome {
  /// Some path initialises metrics; FirstInit is the first such call found.
  bool Inits = false;
  const clang::Stmt *FirstInit = nullptr;
  Effect InitEffect;
  /// Every set-up call the paths reach first (one per path end).
  std::vector<const clang::Stmt *> InitSites;
  /// Some path serves without initialising; SkipPath explains the first.
  bool Skips = false;
  std::vector<PathStep> SkipPath;
  /// The search gave up (path budget); treat the answer as unknown.
  bool Incomplete = false;
  /// Program points visited: what the search cost.
  unsigned Visited = 0;
};

class PathSearch {
public:
  explicit PathSearch(const TUFacts &Facts) : Facts(Facts) {}

  /// Explores every path that starts at element \p Index of \p Block in the
  /// CFG of \p FD.
  /// Only APIs of \p Roles count as initialising.
  PathOutcome from(const clang::FunctionDecl *FD, const clang::CFGBlock *Block,
                   unsigned Index = 0, RoleMask Roles = InitRoles) const;

  /// Whether every path that reaches \p Block of \p FD — from FD's entry
  /// and, where FD has callers in this TU, from theirs — has already
  /// initialised metrics.
  bool initialisedBefore(const clang::FunctionDecl *FD,
                         const clang::CFGBlock *Block,
                         RoleMask Roles = InitRoles) const;

  /// Whether \p R ends the service with an error rather than going on.
  bool isFailureReturn(const clang::FunctionDecl *FD,
                       const clang::ReturnStmt *R) const;

private:
  /// Whether one of the first \p End elements of \p Block sets up metrics.
  bool initsIn(const clang::CFGBlock *Block, unsigned End,
               RoleMask Roles) const;
  bool initialisedBefore(const clang::FunctionDecl *FD,
                         const clang::CFGBlock *Block, RoleMask Roles,
                         unsigned Depth) const;

  const TUFacts &Facts;
};

} // namespace metrics_init_check

#endif
