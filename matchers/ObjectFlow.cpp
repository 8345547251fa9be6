//===--- ObjectFlow.cpp - Where the metrics objects of a TU go -------------===//

#include "ObjectFlow.h"
#include "StatementParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace metrics_init_check {

using namespace clang;

namespace {
bool isSmartPointerRecord(const CXXRecordDecl *RD);
} // namespace

bool isSmartPointer(QualType T) {
  return isSmartPointerRecord(T.getNonReferenceType()->getAsCXXRecordDecl());
}

std::string ObjectFate::name() const {
  if (Holder && Holder->getIdentifier())
    return Pattern->Kind + " '" + Holder->getName().str() + "'";
  return Pattern->Kind + " created here";
}

namespace {

/// shared_ptr, unique_ptr, weak_ptr (std's or opentelemetry's nostd): a
/// handle to the same object, not another object.
bool isSmartPointerRecord(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  llvm::StringRef N = RD->getName();
  return N == "shared_ptr" || N == "unique_ptr" || N == "weak_ptr" ||
         N == "optional";
}

/// Calls that give back the object they are handed: std::move and
/// std::forward, a smart pointer's get(), operator* and operator->.
bool passesThrough(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  if (Callee->isInStdNamespace() && Callee->getIdentifier() &&
      (Callee->getName() == "move" || Callee->getName() == "forward"))
    return true;
  // libstdc++ declares shared_ptr's operator*, operator-> and get() in
  // base classes: ask about the object they are called on.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    return (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) &&
           Op->getNumArgs() > 0 &&
           isSmartPointer(Op->getArg(0)->IgnoreImpCasts()->getType());
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  return Member && Callee->getIdentifier() && Callee->getName() == "get" &&
         isSmartPointer(
             Member->getImplicitObjectArgument()->IgnoreImpCasts()->getType());
}

/// The variable or field an lvalue names: `x`, `this->x_`, `*p` of a
/// smart pointer.
const ValueDecl *declOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if ((Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) &&
        Op->getNumArgs() > 0)
      return declOf(Op->getArg(0));
  return nullptr;
}

/// What the tracer needs of the whole TU, collected once: every reference
/// to every variable or field, and every object creation.
class TUIndexer : public RecursiveASTVisitor<TUIndexer> {
public:
  TUIndexer(const TUFacts &Facts) : Facts(Facts) {}

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && !Facts.isOwnCode(D->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    Refs[E->getDecl()].push_back(E);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (isa<FieldDecl, VarDecl>(E->getMemberDecl()))
      Refs[E->getMemberDecl()].push_back(E);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (Ctor && !Ctor->isCopyOrMoveConstructor())
      if (const ObjectPattern *P = Facts.api().objectOfType(Ctor->getParent()))
        Creations.push_back({E, P});
    return true;
  }
  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (const ObjectPattern *P = Facts.api().objectCreatedBy(Callee))
      Creations.push_back({E, P});
    else if (const CXXRecordDecl *Made = constructedThroughFactory(Callee))
      if (const ObjectPattern *P = Facts.api().objectOfType(Made))
        Creations.push_back({E, P});
    return true;
  }

  const TUFacts &Facts;
  llvm::DenseMap<const ValueDecl *, std::vector<const Expr *>> Refs;
  std::vector<std::pair<const Expr *, const ObjectPattern *>> Creations;
};

/// Follows one object from its creation.
class Tracer {
public:
  Tracer(const TUFacts &Facts, const TUIndexer &Index, ObjectFate &Fate)
      : Facts(Facts), Ctx(Facts.context()), Index(Index), Fate(Fate) {}

  void run() {
    follow(Fate.Creation, 0);
    if (!Fate.Escapes && !NonLocalOwner && OwnerFunctions.size() == 1)
      Fate.LocalTo = *OwnerFunctions.begin();
  }

private:
  static constexpr unsigned MaxDepth = 12;

  /// Where the value of \p E goes.
  void follow(const Expr *E, unsigned Depth) {
    if (Depth > MaxDepth)
      return escape();
    // `exposer_.emplace(addr)` builds the object inside the optional it is
    // called on: that optional holds it.
    if (const auto *Emplace = dyn_cast<CXXMemberCallExpr>(E))
      if (const auto *Callee = Emplace->getMethodDecl())
        if (Callee->getIdentifier() && Callee->getName() == "emplace")
          return hold(declOf(Emplace->getImplicitObjectArgument()), Depth);
    const Expr *Cur = E;
    while (true) {
      DynTypedNodeList Parents = Facts.parents().of(*Cur);
      if (Parents.empty())
        return;
      const DynTypedNode &P = Parents[0];
      if (const auto *Init = P.get<CXXCtorInitializer>())
        return hold(Init->getMember(), Depth);
      if (const auto *VD = P.get<VarDecl>())
        return hold(VD, Depth);
      // A member initialiser: the parent map gives the constructor (for
      // `: registry_(...)`) or the field (`Exposer exposer_{...};`).
      if (const auto *Ctor = P.get<CXXConstructorDecl>()) {
        for (const CXXCtorInitializer *Init : Ctor->inits())
          if (Init->getInit() == Cur && Init->getMember())
            return hold(Init->getMember(), Depth);
        return escape();
      }
      if (const auto *Field = P.get<FieldDecl>())
        return hold(Field, Depth);
      const Stmt *S = P.get<Stmt>();
      if (!S)
        return;
      if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(S))
        return hold(Default->getField(), Depth);
      if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
              CXXBindTemporaryExpr, ExprWithCleanups, CXXFunctionalCastExpr,
              CXXStaticCastExpr, CStyleCastExpr, CXXNewExpr>(S)) {
        Cur = cast<Expr>(S);
        continue;
      }
      if (const auto *U = dyn_cast<UnaryOperator>(S)) {
        if (U->getOpcode() != UO_Deref && U->getOpcode() != UO_AddrOf)
          return; // tested, negated: the object stays where it is
        Cur = U;
        continue;
      }
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
        // Another handle to the same object (shared_ptr from unique_ptr,
        // weak_ptr from shared_ptr), or a constructor it is handed to.
        if (isSmartPointer(Construct->getType()) ||
            Construct->getConstructor()->isCopyOrMoveConstructor()) {
          Cur = Construct;
          continue;
        }
        for (unsigned I = 0; I < Construct->getNumArgs(); ++I)
          if (Construct->getArg(I) == Cur)
            return handedTo(nullptr, Construct->getConstructor(), I, Depth);
        return escape();
      }
      if (const auto *Member = dyn_cast<MemberExpr>(S)) {
        // obj.Method() / ptr->Method(): a call on the object.
        if (const auto *Call = parentCall(Member))
          return handedTo(Call, Call->getDirectCallee(), -1, Depth);
        return; // reading a field of it
      }
      if (const auto *Call = dyn_cast<CallExpr>(S)) {
        if (passesThrough(Call)) {
          Cur = Call;
          continue;
        }
        const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
        if (Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
          if (Op->getArg(1) == Cur)
            return hold(declOf(Op->getArg(0)), Depth);
          return; // assigned to: the old value is replaced
        }
        if (Op && Op->getOperator() != OO_Call)
          return; // compared, tested, printed: not handed on
        bool Member = Op && isa_and_nonnull<CXXMethodDecl>(Call->getDirectCallee());
        for (unsigned I = 0; I < Call->getNumArgs(); ++I)
          if (Call->getArg(I) == Cur)
            return handedTo(Call, Call->getDirectCallee(),
                            static_cast<int>(I) - (Member ? 1 : 0), Depth);
        return;
      }
      if (const auto *Assign = dyn_cast<BinaryOperator>(S)) {
        if (Assign->isAssignmentOp() && Assign->getRHS() == Cur)
          return hold(declOf(Assign->getLHS()), Depth);
        return;
      }
      if (isa<ReturnStmt, InitListExpr, ParenListExpr, CXXThrowExpr>(S))
        return escape(); // leaves what this TU can follow
      return; // a condition, a comparison: the object stays put
    }
  }

  const CallExpr *parentCall(const MemberExpr *Member) {
    DynTypedNodeList Parents = Facts.parents().of(*Member);
    if (Parents.empty())
      return nullptr;
    const auto *Call = Parents[0].get<CXXMemberCallExpr>();
    return Call && Call->getCallee() == Member ? Call : nullptr;
  }

  /// The object is stored in \p D: follow every use of \p D.
  void hold(const ValueDecl *D, unsigned Depth) {
    if (!D)
      return escape();
    if (!Fate.Holder)
      Fate.Holder = D;
    if (!Held.insert(D).second)
      return;
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (VD->hasGlobalStorage()) {
        NonLocalOwner = true;
        // Other files can reach it: only the whole program could say.
        if (VD->isExternallyVisible() && !VD->isStaticLocal())
          return escape();
      } else if (!isa<ParmVarDecl>(VD) && !VD->getType()->isReferenceType()) {
        if (const auto *Owner = dyn_cast_or_null<FunctionDecl>(
                VD->getParentFunctionOrMethod()))
          OwnerFunctions.insert(Owner);
      }
    } else if (const auto *Field = dyn_cast<FieldDecl>(D)) {
      NonLocalOwner = true;
      if (isOpen(Field->getParent()))
        return escape();
    }
    auto It = Index.Refs.find(D);
    if (It == Index.Refs.end())
      return;
    for (const Expr *Ref : It->second) {
      follow(Ref, Depth + 1);
      if (Fate.Escapes)
        return;
    }
  }

  /// Whether code this TU cannot see may use the class's fields: it is
  /// declared in a header, or has methods defined elsewhere.
  bool isOpen(const RecordDecl *RD) const {
    const SourceManager &SM = Ctx.getSourceManager();
    if (!SM.isInMainFile(SM.getExpansionLoc(RD->getLocation())))
      return true;
    if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
      for (const CXXMethodDecl *M : CRD->methods())
        if (M->isUserProvided() && !M->hasBody())
          return true;
    return false;
  }

  /// The object is argument \p Arg (-1: the object the method is called
  /// on) of a call of \p Callee.
  void handedTo(const CallExpr *Call, const FunctionDecl *Callee, int Arg,
                unsigned Depth) {
    if (!Callee)
      return escape();
    bool Matched = false;
    for (const ApiModel::ObjectUseMatch &M : Facts.api().objectUsesOf(Callee)) {
      if (M.Pattern != Fate.Pattern || M.Use->Arg != Arg || !Call)
        continue;
      Matched = true;
      ObjectCall Record{Call, M.Use, false};
      if (M.Exports && M.Use->Weak)
        Record.ExporterOutlives = exporterOutlives(Call);
      (M.Exports ? Fate.Exports : Fate.Fills).push_back(Record);
    }
    if (Matched || Arg < 0)
      return; // any other method of the object leaves it where it is
    const FunctionDecl *Def = TUFacts::definitionOf(Callee);
    if (Def->hasBody() && Facts.isOwnCode(Def->getLocation()) &&
        static_cast<unsigned>(Arg) < Def->getNumParams())
      return hold(Def->getParamDecl(Arg), Depth);
    escape(); // an unknown function may keep it
  }

  /// Whether the object a weak export is called on (the Exposer) lives on
  /// after the calling function returns.
  bool exporterOutlives(const CallExpr *Call) const {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    if (!Member)
      return false;
    const ValueDecl *D = declOf(Member->getImplicitObjectArgument());
    if (isa_and_nonnull<FieldDecl>(D))
      return true;
    const auto *VD = dyn_cast_or_null<VarDecl>(D);
    return VD && VD->hasGlobalStorage();
  }

  void escape() { Fate.Escapes = true; }

  const TUFacts &Facts;
  ASTContext &Ctx;
  const TUIndexer &Index;
  ObjectFate &Fate;
  llvm::SmallPtrSet<const ValueDecl *, 8> Held;
  llvm::SmallPtrSet<const FunctionDecl *, 2> OwnerFunctions;
  bool NonLocalOwner = false;
};

} // namespace

std::vector<ObjectFate> traceObjects(const TUFacts &Facts) {
  std::vector<ObjectFate> Out;
  if (!Facts.api().hasObjects())
    return Out;
  TUIndexer Index(Facts);
  Index.TraverseDecl(Facts.context().getTranslationUnitDecl());
  for (const auto &[Creation, Pattern] : Index.Creations) {
    ObjectFate Fate;
    Fate.Creation = Creation;
    Fate.Pattern = Pattern;
    Tracer(Facts, Index, Fate).run();
    Out.push_back(std::move(Fate));
  }
  return Out;
}

} // namespace metrics_init_check
