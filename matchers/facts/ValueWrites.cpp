//===--- ValueWrites.cpp - Where the TU's variables and fields get values ---===//

#include "ValueWrites.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// Every write of a variable or field in the TU's own code: initialisers,
/// assignments, constructor member initialisers, out-parameters.
class WriteCollector : public RecursiveASTVisitor<WriteCollector> {
public:
  WriteCollector(const TUFacts &Facts,
                 llvm::DenseMap<const ValueDecl *,
                                llvm::SmallVector<const Expr *, 2>> &Writes,
                 llvm::SmallPtrSetImpl<const ValueDecl *> &SetUpState)
      : Facts(Facts), Writes(Writes), SetUpState(SetUpState) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) &&
        !Facts.isOwnCode(D->getLocation()))
      return true;
    const FunctionDecl *Saved = Current;
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
        FD && FD->doesThisDeclarationHaveABody())
      Current = FD;
    bool Result = RecursiveASTVisitor::TraverseDecl(D);
    Current = Saved;
    return Result;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (const Expr *Init = VD->getInit())
      Writes[VD].push_back(Init);
    return true;
  }

  bool VisitCXXConstructorDecl(CXXConstructorDecl *Ctor) {
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isMemberInitializer() && Init->isWritten())
        Writes[Init->getMember()].push_back(Init->getInit());
    return true;
  }

  bool VisitFieldDecl(FieldDecl *FD) {
    if (const Expr *Init = FD->getInClassInitializer())
      Writes[FD].push_back(Init);
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp())
      record(Op->getLHS(), Op->getRHS());
    return true;
  }

  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    if (Op->isAssignmentOp() && Op->getNumArgs() == 2)
      record(Op->getArg(0), Op->getArg(1));
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    // getenv_s(&len, buf, size, "ENV") writes the value into buf.
    const EnvSourcePattern *Source =
        Facts.api().envSource(Call->getDirectCallee());
    if (Source && Source->OutArg >= 0 &&
        static_cast<unsigned>(Source->OutArg) < Call->getNumArgs())
      record(Call->getArg(Source->OutArg), Call);
    return true;
  }

private:
  void record(const Expr *Target, const Expr *Value) {
    Target = Target->IgnoreParenImpCasts();
    if (const auto *Addr = dyn_cast<UnaryOperator>(Target))
      if (Addr->getOpcode() == UO_AddrOf)
        Target = Addr->getSubExpr()->IgnoreParenImpCasts();
    const ValueDecl *Written = nullptr;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Target))
      Written = Ref->getDecl();
    else if (const auto *Member = dyn_cast<MemberExpr>(Target))
      Written = Member->getMemberDecl();
    if (!Written)
      return;
    Writes[Written].push_back(Value);
    // `m_prometheus_enabled = true;` where the exposer is made: the value
    // records that set-up happened.
    if (Current &&
        Facts.initEffectOf(Current, roleBit(ApiRole::Expose) |
                                        roleBit(ApiRole::Create)))
      SetUpState.insert(Written);
  }

  const TUFacts &Facts;
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const Expr *, 2>>
      &Writes;
  llvm::SmallPtrSetImpl<const ValueDecl *> &SetUpState;
  const FunctionDecl *Current = nullptr;
};

} // namespace

void collectValueWrites(const TUFacts &Facts, ValueWriteMap &Writes,
                        llvm::SmallPtrSetImpl<const ValueDecl *> &SetUpState) {
  WriteCollector(Facts, Writes, SetUpState)
      .TraverseDecl(Facts.context().getTranslationUnitDecl());
}

} // namespace metrics_init_check
