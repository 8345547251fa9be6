//===--- TUFacts.h - Per-TU call graph and metrics effects -------*- C++ -*-===//
//
// Everything the rules ask about one translation unit, computed once:
// which functions are the TU's own code, who calls whom, and which calls
// initialise metrics, start serving or never return, transitively through
// wrappers (InitMetrics(), Telemetry::Start(), constructors, lambdas).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_TUFACTS_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_TUFACTS_H

#include "ApiModel.h"
#include "CodeOwnership.h"

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <memory>

namespace metrics_init_check {

/// What evaluating one expression does, as far as metrics are concerned.
enum class EffectKind { None, Init, Serve, Exit };

/// How many of the roles are set-up (InitRoles).
constexpr unsigned NumInitRoles = 4; // Create .. SelfRegister

struct Effect {
  EffectKind Kind = EffectKind::None;
  /// The rule-pack API reached, directly or at the end of a wrapper chain.
  const ApiPattern *Api = nullptr;
  /// The TU function through which the API is reached; null when the
  /// expression calls the API itself.
  const clang::FunctionDecl *Via = nullptr;
  explicit operator bool() const { return Kind != EffectKind::None; }
};

struct CallSite {
  const clang::Expr *Call; ///< CallExpr, CXXConstructExpr or LambdaExpr
  const clang::FunctionDecl *Caller;
};

/// A CFG with a map from each statement to where it is evaluated.
struct FunctionCFG {
  std::unique_ptr<clang::CFG> Graph;
  llvm::DenseMap<const clang::Stmt *, std::pair<const clang::CFGBlock *, unsigned>>
      Elements;
  llvm::DenseMap<const clang::Stmt *, const clang::CFGBlock *> Terminators;
};

class EnvDependence;
class StatementParents;
struct ProgramSummaries;

class TUFacts {
public:
  /// \p Program, when given, summarises the functions other TUs define:
  /// a call of one of them sets up or serves as its summary says.
  /// \p Ownership says whose code is whose: a metrics library's own
  /// functions are opaque (only the packs' APIs are set-up).
  TUFacts(clang::ASTContext &Ctx, const ApiModel &Api,
          const ProgramSummaries *Program = nullptr,
          const OwnershipOptions &Ownership = {});
  ~TUFacts();

  clang::ASTContext &context() const { return Ctx; }
  const ApiModel &api() const { return Api; }
  const ProgramSummaries *program() const { return Program; }
  const CodeOwnership &ownership() const { return Ownership; }
  /// Environment dependence of this TU's values, shared by the rules.
  EnvDependence &env() const;
  /// Parents of this TU's statements, mapped a function at a time: use it
  /// rather than ASTContext::getParents, which maps the whole TU.
  StatementParents &parents() const;

  /// The TU's own functions with bodies (not system headers, not a metrics
  /// library's implementation), in the order they appear, including lambda
  /// call operators and template patterns.
  llvm::ArrayRef<const clang::FunctionDecl *> ownFunctions() const {
    return Own;
  }
  bool isOwnCode(clang::SourceLocation Loc) const;

  /// The effect of evaluating \p S itself: a call, a construction, a
  /// lambda handed to a call. Sub-expressions are not looked into.
  /// Only initialisation through an API of a role in \p Roles counts.
  Effect effectOf(const clang::Stmt *S, RoleMask Roles = InitRoles) const;
  /// How \p FD initialises metrics (the first API of \p Roles it reaches).
  Effect initEffectOf(const clang::FunctionDecl *FD,
                      RoleMask Roles = InitRoles) const;
  bool reachesServe(const clang::FunctionDecl *FD) const;
  /// Whether \p FD is a service entry: main, or a pack's entry point.
  bool isEntry(const clang::FunctionDecl *FD) const;

  llvm::ArrayRef<CallSite> callersOf(const clang::FunctionDecl *FD) const;
  /// "InitMetrics() → prometheus::Exposer::Exposer" style explanation.
  std::string describe(const Effect &E) const;

  /// The CFG of \p FD, built on first use; null if it cannot be built.
  const FunctionCFG *cfg(const clang::FunctionDecl *FD) const;

  /// Canonical declaration with a body, so calls through a forward
  /// declaration find the definition.
  static const clang::FunctionDecl *definitionOf(const clang::FunctionDecl *FD);

  /// The effect of \p S by its own callee only, not through the TU's
  /// functions: an exit, a set-up API of one of \p Roles, a serve point.
  Effect directEffect(const clang::Stmt *S, RoleMask Roles) const;

  /// Through a function another TU defines, by its program summary.
  Effect externalEffect(const clang::FunctionDecl *Callee,
                        RoleMask Roles) const;

private:
  class Collector;
  void propagate();

  clang::ASTContext &Ctx;
  const ApiModel &Api;
  const ProgramSummaries *Program;
  CodeOwnership Ownership;
  mutable std::unique_ptr<EnvDependence> Env;
  mutable std::unique_ptr<StatementParents> Parents;
  std::vector<const clang::FunctionDecl *> Own;
  /// Call edges: callee -> call sites.
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<CallSite>> Callers;
  /// Call sites in each function: caller -> (expression, callee).
  llvm::DenseMap<const clang::FunctionDecl *,
                 std::vector<std::pair<const clang::Expr *,
                                       const clang::FunctionDecl *>>>
      Callees;
  /// Per init role: the functions that reach an API of that role.
  llvm::DenseMap<const clang::FunctionDecl *, Effect> InitFns[NumInitRoles];
  llvm::DenseMap<const clang::FunctionDecl *, Effect> ServeFns;
  mutable llvm::DenseMap<const clang::FunctionDecl *,
                         std::unique_ptr<FunctionCFG>>
      CFGs;
};

/// Whether the call \p S is made with an options argument whose field
/// \p Switch names is set to its value in the caller (a pack's
/// `disabled_by`): `options.has_builtin_services = false`.
bool switchedOff(const clang::Stmt *S, const ApiPattern::FieldSwitch &Switch);

/// The function a call-like expression runs: the callee of a call, the
/// constructor of a construction, the call operator of a lambda.
const clang::FunctionDecl *calleeOf(const clang::Stmt *S);
/// A call's direct callee; for a call left unresolved by an error in an
/// argument, the function all its candidates name, if they name one.
const clang::FunctionDecl *directCalleeOf(const clang::CallExpr *Call);
unsigned numArgsOf(const clang::Stmt *S);
/// How messages name a function: "'Telemetry::Start()'", "the constructor
/// of 'MetricsService'", "the lambda".
std::string functionLabel(const clang::FunctionDecl *FD);
/// The class a std::make_shared/make_unique/optional::emplace call
/// constructs, whose constructor it runs; null for other functions.
const clang::CXXRecordDecl *constructedThroughFactory(const clang::FunctionDecl *FD);

/// The USR of \p FD's definition (or canonical declaration): how the
/// whole-program pass names a function across TUs.
std::string usrOf(const clang::FunctionDecl *FD);

/// Whether calls of \p FD without a body in this TU may reach a summary
/// from another TU: the project's own code, not the system's.
bool mayHaveExternalSummary(const TUFacts &Facts, const clang::FunctionDecl *FD);

} // namespace metrics_init_check

#endif
