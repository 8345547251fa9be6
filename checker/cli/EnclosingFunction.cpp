//===--- EnclosingFunction.cpp - The function a finding is in ---------------===//

#include "EnclosingFunction.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// Visits declarations only: function bodies are skipped, so the walk costs
/// a fraction of the parse. (Lambdas and local classes count as the
/// function they are written in, which is the name a reader would give.)
class FunctionCollector : public RecursiveASTVisitor<FunctionCollector> {
public:
  explicit FunctionCollector(
      llvm::function_ref<void(const FunctionDecl &)> Found)
      : Found(Found) {}
  bool TraverseStmt(Stmt *) { return true; }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody())
      Found(*FD);
    return true;
  }

private:
  llvm::function_ref<void(const FunctionDecl &)> Found;
};

} // namespace

EnclosingFunctions::EnclosingFunctions(ASTContext &Ctx)
    : SM(Ctx.getSourceManager()) {
  FunctionCollector([&](const FunctionDecl &FD) {
    SourceRange R = FD.getSourceRange();
    SourceLocation Begin = SM.getExpansionLoc(R.getBegin());
    SourceLocation End = SM.getExpansionRange(R.getEnd()).getEnd();
    if (Begin.isInvalid() || End.isInvalid())
      return;
    Functions.push_back({Begin, End, FD.getQualifiedNameAsString()});
  }).TraverseDecl(Ctx.getTranslationUnitDecl());
}

std::string EnclosingFunctions::nameAt(SourceLocation Loc) const {
  Loc = SM.getExpansionLoc(Loc);
  const Range *Best = nullptr;
  for (const Range &F : Functions) {
    if (SM.isBeforeInTranslationUnit(Loc, F.Begin) ||
        SM.isBeforeInTranslationUnit(F.End, Loc))
      continue;
    // Innermost: the one that starts last.
    if (!Best || SM.isBeforeInTranslationUnit(Best->Begin, F.Begin))
      Best = &F;
  }
  return Best ? Best->Name : "";
}

} // namespace metrics_init_check
