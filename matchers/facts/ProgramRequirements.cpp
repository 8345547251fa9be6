//===--- ProgramRequirements.cpp - What the whole program must do ---------===//

#include "ProgramRequirements.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// Every call and construction of the TU's own code, namespace-scope
/// initialisers included (a named bvar is usually a global).
class Scanner : public RecursiveASTVisitor<Scanner> {
public:
  Scanner(const TUFacts &Facts, RequirementFacts &Out)
      : Facts(Facts), Out(Out) {}

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && !Facts.isOwnCode(D->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitCallExpr(CallExpr *E) {
    see(E, directCalleeOf(E));
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    see(E, E->getConstructor());
    return true;
  }

private:
  void see(const Expr *E, const FunctionDecl *Callee) {
    if (!Callee)
      return;
    const ApiModel &Api = Facts.api();
    // A brpc::Server started with its builtin services switched off serves
    // no /vars: it meets nothing.
    const ApiPattern *Expose = Api.match(ApiRole::Expose, Callee, numArgsOf(E));
    if (Expose && Expose->DisabledBy && switchedOff(E, *Expose->DisabledBy))
      Out.SwitchedOff.push_back({E, Expose->DisabledBy->Field});
    else
      for (const ProgramRequirement *R : Api.requirementsMetBy(Callee))
        Out.Met.insert(R);
    for (const ProgramRequirement *R : Api.requirementsPartlyMetBy(Callee))
      Out.PartlyMet.insert(R);
    // What the service itself uses, not a library's internals nor a
    // vendored dependency's: the first use is where the finding goes.
    if (const ProgramRequirement *R = Api.requirementUsedBy(Callee, numArgsOf(E)))
      if (llvm::none_of(Out.Used, [&](const auto &U) { return U.first == R; }) &&
          !Facts.ownership().notOwned(E->getBeginLoc()))
        Out.Used.push_back({R, E});
  }

  const TUFacts &Facts;
  RequirementFacts &Out;
};

} // namespace

RequirementFacts scanRequirements(const TUFacts &Facts) {
  RequirementFacts Out;
  if (Facts.api().hasRequirements())
    Scanner(Facts, Out).TraverseDecl(Facts.context().getTranslationUnitDecl());
  return Out;
}

} // namespace metrics_init_check
