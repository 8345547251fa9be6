//===--- ObjectFlow.cpp - Where the metrics objects of a TU go -------------===//

#include "ObjectFlow.h"
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

namespace {
bool isSmartPointerRecord(const CXXRecordDecl *RD);
} // namespace

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

/// Redeclarations of a global (`extern` in the header, the definition)
/// are one holder.
const ValueDecl *canonical(const ValueDecl *D) {
  return cast<ValueDecl>(D->getCanonicalDecl());
}

/// What the tracer needs of the whole TU, collected once: every reference
/// to every variable or field, and every object creation.
class TUIndexer : public RecursiveASTVisitor<TUIndexer> {
public:
  TUIndexer(const TUFacts &Facts) : Facts(Facts) {}

  /// An export inside a function template (`ExposeAll(exposer, regs...)`)
  /// or a generic lambda is a resolved call only in its instantiations.
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && !Facts.isOwnCode(D->getLocation()))
      return true;
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    if (!FD)
      return RecursiveASTVisitor::TraverseDecl(D);
    bool Outer = InTemplatePattern;
    InTemplatePattern = FD->isDependentContext();
    bool Result = RecursiveASTVisitor::TraverseDecl(D);
    InTemplatePattern = Outer;
    return Result;
  }
  /// A generic lambda's instantiations belong to its closure class, which
  /// the traversal does not enter.
  bool TraverseLambdaExpr(LambdaExpr *E) {
    if (!RecursiveASTVisitor::TraverseLambdaExpr(E))
      return false;
    if (const FunctionTemplateDecl *Call = E->getDependentCallOperator())
      for (FunctionDecl *Instance : Call->specializations())
        TraverseDecl(Instance);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    Refs[canonical(E->getDecl())].push_back(E);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (isa<FieldDecl, VarDecl>(E->getMemberDecl()))
      Refs[canonical(E->getMemberDecl())].push_back(E);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    // An object created in a template is followed in its instantiations,
    // where the calls that fill and export it are resolved.
    if (InTemplatePattern)
      return true;
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (Ctor && !Ctor->isCopyOrMoveConstructor())
      if (const ObjectPattern *P = Facts.api().objectOfType(Ctor->getParent()))
        Creations.push_back({E, P});
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (VD->hasGlobalStorage() && !VD->isStaticLocal() &&
        VD->isThisDeclarationADefinition() == VarDecl::Definition)
      Globals.push_back(VD);
    return true;
  }
  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (Callee)
      Calls[Callee->getCanonicalDecl()].push_back(E);
    if (InTemplatePattern)
      return true;
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
  /// Calls by (canonical) callee: where each function's result goes.
  llvm::DenseMap<const FunctionDecl *, std::vector<const CallExpr *>> Calls;
  /// Global variables this TU defines.
  std::vector<const VarDecl *> Globals;

private:
  bool InTemplatePattern = false;
};

} // namespace

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

std::string declKey(llvm::StringRef Prefix, const Decl *D) {
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(D, Usr))
    return std::string();
  return (Prefix + Usr).str();
}

std::string paramKey(const FunctionDecl *FD, unsigned Index) {
  std::string Usr = usrOf(FD);
  return Usr.empty() ? Usr : "param:" + Usr + "#" + std::to_string(Index);
}

std::string returnKey(const FunctionDecl *FD) {
  std::string Usr = usrOf(FD);
  return Usr.empty() ? Usr : "ret:" + Usr;
}

/// A global other files can name (`extern` in a header).
bool isSharedGlobal(const VarDecl *VD) {
  return VD->hasGlobalStorage() && !VD->isStaticLocal() &&
         VD->isExternallyVisible();
}

/// Whether code this TU cannot see may use the class's fields: it is
/// declared in a header, or has methods defined elsewhere.
bool isOpen(const SourceManager &SM, const RecordDecl *RD) {
  if (!SM.isInMainFile(SM.getExpansionLoc(RD->getLocation())))
    return true;
  if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
    for (const CXXMethodDecl *M : CRD->methods())
      if (M->isUserProvided() && !M->hasBody())
        return true;
  return false;
}

/// A function another TU may define or call: what it does with an
/// argument, or where its result goes, is in the program's record.
bool isSharedFunction(const TUFacts &Facts, const FunctionDecl *FD) {
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  return FD->isExternallyVisible() && !(Method && Method->isVirtual()) &&
         Facts.isOwnCode(FD->getLocation());
}

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

/// Where each call of \p Calls is, for a record other TUs read.
void addCallSites(const ASTContext &Ctx, llvm::ArrayRef<ObjectCall> Calls,
                  std::set<HolderSite> &Into) {
  for (const ObjectCall &C : Calls)
    addSites(Into, {{filePosition(Ctx.getSourceManager(), C.Call->getBeginLoc()),
                     spelling(Ctx, C.Call->getSourceRange(), 50)}});
}

/// Builds the TU's record of the holders it shares with other TUs.
class HolderRecorder {
public:
  HolderRecorder(const TUFacts &Facts, const TUIndexer &Index,
                 HolderTable &Out)
      : Facts(Facts), Index(Index), Out(Out) {}

  void run() {
    // Shared globals and fields of open classes, where used or defined.
    for (const auto &[D, Refs] : Index.Refs) {
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        if (isSharedGlobal(VD))
          recordHolder(declKey("var:", VD), VD, VD->getDefinition() != nullptr);
      } else if (const auto *Field = dyn_cast<FieldDecl>(D)) {
        if (isOpen(Facts.context().getSourceManager(), Field->getParent()))
          recordHolder(declKey("field:", Field), Field, /*Defined=*/true);
      }
    }
    for (const VarDecl *VD : Index.Globals)
      if (isSharedGlobal(VD))
        recordHolder(declKey("var:", VD->getCanonicalDecl()), VD,
                     /*Defined=*/true);
    // Shared functions this TU defines: their parameters, and what they
    // return.
    for (const FunctionDecl *FD : Facts.ownFunctions()) {
      if (FD->isDependentContext())
        continue;
      // A method of a class whose fields other files follow: the program
      // learns that some TU defines it.
      if (const auto *Method = dyn_cast<CXXMethodDecl>(FD))
        if (isOpen(Facts.context().getSourceManager(), Method->getParent()) &&
            holdsObjects(Method->getParent()))
          recordClass(Method->getParent());
      if (!isSharedFunction(Facts, FD))
        continue;
      for (unsigned I = 0; I < FD->getNumParams(); ++I)
        recordHolder(paramKey(FD, I), FD->getParamDecl(I), /*Defined=*/true);
      recordResult(FD, /*Defined=*/true);
    }
    // Shared functions called here: where what they return goes.
    for (const auto &[Callee, Calls] : Index.Calls)
      if (isSharedFunction(Facts, Callee))
        recordResult(Callee, TUFacts::definitionOf(Callee)->hasBody());
  }

private:
  void recordHolder(std::string Key, const ValueDecl *D, bool Defined) {
    const ObjectPattern *P = heldPattern(Facts.api(), D->getType());
    if (!P || Key.empty() || !Done.insert(Key).second)
      return;
    ObjectFate Uses;
    Uses.Pattern = P;
    Tracer(Facts, Index, Uses).fromHolder(D);
    record(Key, Uses, Defined);
    if (const auto *Field = dyn_cast<FieldDecl>(D))
      Out[Key].Owner = recordClass(Field->getParent());
  }

  /// Which of the class's methods this TU defines: the program knows all
  /// uses of a field only if some TU defines each. Returns its key.
  std::string recordClass(const RecordDecl *RD) {
    const auto *Class = dyn_cast<CXXRecordDecl>(RD);
    std::string Key = Class ? declKey("class:", Class) : std::string();
    if (Key.empty() || !Classes.insert(Key).second)
      return Key;
    HolderFacts &H = Out[Key];
    H.Defined = true;
    for (const CXXMethodDecl *M : Class->methods()) {
      if (!M->isUserProvided() || M->isPureVirtual())
        continue;
      std::string Usr = usrOf(M);
      if (Usr.empty())
        continue;
      H.Methods.insert(Usr);
      if (M->hasBody())
        H.DefinedMethods.insert(Usr);
    }
    return Key;
  }

  /// Whether a field of \p Class may hold a metrics object.
  bool holdsObjects(const CXXRecordDecl *Class) const {
    return llvm::any_of(Class->fields(), [&](const FieldDecl *F) {
      return heldPattern(Facts.api(), F->getType()) != nullptr;
    });
  }

  void recordResult(const FunctionDecl *FD, bool Defined) {
    const ObjectPattern *P = heldPattern(Facts.api(), FD->getReturnType());
    std::string Key = P ? returnKey(FD) : std::string();
    if (Key.empty())
      return;
    if (!Done.insert(Key).second) {
      Out[Key].Defined |= Defined;
      return;
    }
    ObjectFate Uses;
    Uses.Pattern = P;
    Tracer(Facts, Index, Uses).fromResultOf(FD);
    record(Key, Uses, Defined);
  }

  void record(const std::string &Key, const ObjectFate &Uses, bool Defined) {
    HolderFacts &H = Out[Key];
    H.Kind = Uses.Pattern->Kind;
    H.Defined |= Defined;
    H.Unknown |= Uses.Escapes;
    H.Flows.insert(Uses.Flows.begin(), Uses.Flows.end());
    addCallSites(Facts.context(), Uses.Fills, H.Fills);
    addCallSites(Facts.context(), Uses.Exports, H.Exports);
  }

  const TUFacts &Facts;
  const TUIndexer &Index;
  HolderTable &Out;
  std::set<std::string> Done, Classes;
};

} // namespace

HolderClosure TUObjects::closure(const ObjectFate &F,
                                 const TUFacts &Facts) const {
  const ProgramSummaries *P = Facts.program();
  return closeOver(F.Flows, Holders, P ? &P->Holders : nullptr,
                   P && P->Complete);
}

bool TUObjects::dependsOnProgram() const {
  return llvm::any_of(Fates, [](const ObjectFate &F) {
    return !F.Escapes && (!F.Flows.empty() || !F.MadeBy.empty());
  });
}

HolderFacts TUObjects::record(const std::string &Key,
                              const TUFacts &Facts) const {
  const ProgramSummaries *P = Facts.program();
  return mergedRecord(Key, Holders, P && P->Complete ? &P->Holders : nullptr);
}

namespace {
/// Marks the functions whose result is a fresh object: every value that
/// flows into `ret:F` here is an object created for it and nothing else.
void recordFactories(const ASTContext &Ctx, TUObjects &Out) {
  for (const ObjectFate &F : Out.Fates)
    for (const std::string &Key : F.Flows) {
      if (!llvm::StringRef(Key).starts_with("ret:"))
        continue;
      HolderFacts &H = Out.Holders[Key];
      if (F.Escapes || F.Persistent || F.Flows.size() != 1 ||
          !F.MadeBy.empty()) {
        H.OtherResult = true;
        continue;
      }
      H.FreshResult = true;
      addCallSites(Ctx, F.Fills, H.ResultFills);
      addCallSites(Ctx, F.Exports, H.ResultExports);
    }
  // A global or parameter returned as well: not a factory.
  std::vector<std::string> Returned;
  for (const auto &[Key, H] : Out.Holders)
    for (const std::string &To : H.Flows)
      if (llvm::StringRef(To).starts_with("ret:"))
        Returned.push_back(To);
  for (const std::string &Key : Returned)
    Out.Holders[Key].OtherResult = true;
}
} // namespace

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
  HolderRecorder(Facts, Index, Out.Holders).run();
  recordFactories(Facts.context(), Out);
  return Out;
}

} // namespace metrics_init_check
