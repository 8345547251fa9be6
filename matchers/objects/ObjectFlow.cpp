//===--- ObjectFlow.cpp - Where the metrics objects of a TU go -------------===//

#include "ObjectFlow.h"
#include "ObjectIndex.h"
#include "FunctionGraph.h"
#include "SetupSummaries.h"
#include "SourceText.h"
#include "StatementParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace metrics_init_check {

using namespace clang;
using namespace object_flow;

bool isSmartPointer(QualType T) {
  return isSmartPointerRecord(T.getNonReferenceType()->getAsCXXRecordDecl());
}

std::string ObjectFate::name() const {
  std::string Maker;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Creation))
    if (!MadeBy.empty() && Call->getDirectCallee())
      Maker = " made by " + functionLabel(Call->getDirectCallee());
  if (!Holder || !Holder->getIdentifier())
    return Pattern->Kind + (Maker.empty() ? " created here" : Maker);
  // Fields by their class: many classes have a `registry_`.
  if (const auto *Field = dyn_cast<FieldDecl>(Holder))
    if (Field->getParent()->getIdentifier())
      return Pattern->Kind + " '" + Field->getParent()->getName().str() +
             "::" + Holder->getName().str() + "'" + Maker;
  return Pattern->Kind + " '" + Holder->getName().str() + "'" + Maker;
}

const ObjectPattern *heldPattern(const ApiModel &Api, QualType T) {
  for (unsigned Level = 0; Level < 4; ++Level) {
    T = T.getNonReferenceType();
    if (T->isPointerType()) {
      T = T->getPointeeType();
      continue;
    }
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return nullptr;
    if (!isSmartPointerRecord(RD))
      return Api.objectHeldAs(RD);
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
    if (!Spec || Spec->getTemplateArgs().size() == 0 ||
        Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
      return nullptr;
    T = Spec->getTemplateArgs()[0].getAsType();
  }
  return nullptr;
}

namespace {

/// Follows one object: from its creation, or from a holder it arrives in
/// from code of other TUs.
class Tracer {
public:
  Tracer(const TUFacts &Facts, const TUIndexer &Index, ObjectFate &Fate)
      : Facts(Facts), Ctx(Facts.context()), Index(Index), Fate(Fate) {}

  void fromCreation() {
    follow(Fate.Creation, 0);
    if (!Fate.Escapes && !NonLocalOwner && OwnerFunctions.size() == 1)
      Fate.LocalTo = *OwnerFunctions.begin();
  }

  /// Every use of \p D, a holder other TUs share, in this TU.
  void fromHolder(const ValueDecl *D) {
    Held.insert(canonical(D));
    followRefs(D, 0);
  }

  /// Every call of \p FD in this TU: where what it returns goes.
  void fromResultOf(const FunctionDecl *FD, unsigned Depth = 0) {
    auto It = Index.Calls.find(FD->getCanonicalDecl());
    if (It == Index.Calls.end())
      return;
    for (const CallExpr *Call : It->second) {
      follow(Call, Depth);
      if (Fate.Escapes)
        return;
    }
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
      At = Cur;
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
        // obj.Method() / ptr->Method(): a call on the object; `p.get()`
        // gives the object itself.
        if (const auto *Call = parentCall(Member)) {
          if (passesThrough(Call)) {
            Cur = Call;
            continue;
          }
          return handedTo(Call, Call->getDirectCallee(), -1, Depth);
        }
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
      if (isa<ReturnStmt>(S))
        return returned(S, Depth);
      if (isa<InitListExpr, ParenListExpr, CXXThrowExpr>(S))
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

  /// The object is stored in \p D: follow every use of \p D, or, when other
  /// TUs share \p D, leave that to \p D's record.
  void hold(const ValueDecl *D, unsigned Depth) {
    if (!D)
      return escape();
    if (!Fate.Holder)
      Fate.Holder = D;
    if (!Held.insert(canonical(D)).second)
      return;
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (VD->hasGlobalStorage()) {
        NonLocalOwner = true;
        Fate.Persistent = true;
        if (isSharedGlobal(VD))
          return flowInto(declKey("var:", VD->getCanonicalDecl()),
                          VD->getType(),
                          "stored in '" + VD->getName().str() +
                              "', a global other files use");
      } else if (!isa<ParmVarDecl>(VD) && !VD->getType()->isReferenceType()) {
        if (const auto *Owner = dyn_cast_or_null<FunctionDecl>(
                VD->getParentFunctionOrMethod()))
          OwnerFunctions.insert(Owner);
      }
    } else if (const auto *Field = dyn_cast<FieldDecl>(D)) {
      NonLocalOwner = true;
      Fate.Persistent = true;
      if (isOpen(Ctx.getSourceManager(), Field->getParent()))
        return flowInto(declKey("field:", Field), Field->getType(),
                        "stored in '" + Field->getParent()->getName().str() +
                            "::" + Field->getName().str() +
                            "', a field other files' code uses");
    }
    followRefs(D, Depth);
  }

  void followRefs(const ValueDecl *D, unsigned Depth) {
    auto It = Index.Refs.find(canonical(D));
    if (It == Index.Refs.end())
      return;
    for (const Expr *Ref : It->second) {
      follow(Ref, Depth + 1);
      if (Fate.Escapes)
        return;
    }
  }

  /// `return registry;` in \p Return's function: to its callers. Calls in
  /// other TUs are the record's concern when the function is shared.
  void returned(const Stmt *Return, unsigned Depth) {
    const FunctionDecl *FD = enclosingFunction(Return);
    if (!FD || heldPattern(Facts.api(), FD->getReturnType()) != Fate.Pattern)
      return escape();
    NonLocalOwner = true;
    if (isSharedFunction(Facts, FD))
      return flowInto(returnKey(FD), FD->getReturnType(),
                      "returned by " + functionLabel(FD) +
                          ", which other files may call");
    fromResultOf(FD, Depth + 1);
  }

  /// The function (not a lambda: it is called where this TU cannot tell)
  /// whose body holds \p S.
  const FunctionDecl *enclosingFunction(const Stmt *S) const {
    while (S) {
      DynTypedNodeList Parents = Facts.parents().of(*S);
      if (Parents.empty() || Parents[0].get<LambdaExpr>())
        return nullptr;
      if (const auto *FD = Parents[0].get<FunctionDecl>()) {
        const auto *Method = dyn_cast<CXXMethodDecl>(FD);
        return Method && Method->getParent()->isLambda() ? nullptr : FD;
      }
      // Up through statements only: a return under any other declaration
      // (a variable's initialiser) is in a lambda or a block.
      S = Parents[0].get<Stmt>();
    }
    return nullptr;
  }

  /// The object went into a holder other TUs share, named by \p Key: the
  /// whole program's record of it says what happens next.
  void flowInto(std::string Key, QualType HolderType, std::string How) {
    // A holder declared as another type (a base class, void *) may be
    // handed on as that type: no record follows it.
    if (Key.empty() || heldPattern(Facts.api(), HolderType) != Fate.Pattern)
      return escape();
    if (Fate.Flows.insert(std::move(Key)).second && At)
      Fate.FlowSites.push_back({At, std::move(How)});
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
    if (static_cast<unsigned>(Arg) >= Def->getNumParams())
      return escape(); // a variadic argument
    if (Def->hasBody() && Facts.isOwnCode(Def->getLocation()))
      return hold(Def->getParamDecl(Arg), Depth);
    // Defined by another TU of the program, perhaps.
    if (isSharedFunction(Facts, Def))
      return flowInto(paramKey(Def, Arg), Def->getParamDecl(Arg)->getType(),
                      "handed to " + functionLabel(Def) +
                          ", defined in another file");
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
  /// The expression whose value is being followed: where a flow happens.
  const Expr *At = nullptr;
};


} // namespace

void object_flow::traceFromHolder(const TUFacts &Facts,
                                  const TUIndexer &Index, const ValueDecl *D,
                                  ObjectFate &Uses) {
  Tracer(Facts, Index, Uses).fromHolder(D);
}

void object_flow::traceFromResultOf(const TUFacts &Facts,
                                    const TUIndexer &Index,
                                    const FunctionDecl *FD, ObjectFate &Uses) {
  Tracer(Facts, Index, Uses).fromResultOf(FD);
}

TUObjects traceObjects(const TUFacts &Facts) {
  TUObjects Out;
  if (!Facts.api().hasObjects())
    return Out;
  TUIndexer Index(Facts);
  Index.TraverseDecl(Facts.context().getTranslationUnitDecl());
  for (const auto &[Creation, Pattern] : Index.Creations) {
    ObjectFate Fate;
    Fate.Creation = Creation;
    Fate.Pattern = Pattern;
    Tracer(Facts, Index, Fate).fromCreation();
    Out.Fates.push_back(std::move(Fate));
  }
  // Calls of functions other files may define that return an object: each
  // is a new object if the function is a factory (its record says).
  for (const auto &[Callee, Calls] : Index.Calls) {
    if (!isSharedFunction(Facts, Callee))
      continue;
    const ObjectPattern *P = heldPattern(Facts.api(), Callee->getReturnType());
    std::string Key = P ? returnKey(Callee) : std::string();
    if (Key.empty())
      continue;
    for (const CallExpr *Call : Calls) {
      ObjectFate Fate;
      Fate.Creation = Call;
      Fate.Pattern = P;
      Fate.MadeBy = Key;
      Tracer(Facts, Index, Fate).fromCreation();
      Out.Fates.push_back(std::move(Fate));
    }
  }
  recordHolders(Facts, Index, Out);
  return Out;
}

} // namespace metrics_init_check
