//===--- TUFacts.cpp - Per-TU call graph and metrics effects ---------------===//

#include "TUFacts.h"
#include "EnvDependence.h"
#include "ProgramSummaries.h"
#include "StatementParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace metrics_init_check {

using namespace clang;

const FunctionDecl *TUFacts::definitionOf(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  if (const FunctionDecl *Def = FD->getDefinition())
    return Def;
  return FD->getCanonicalDecl();
}

/// The function a call clang could not resolve because an argument has an
/// error (a type from a header the scan does not have: `butil::EndPoint`
/// in `server.Start(point, &options)`) would run, when every candidate has
/// one qualified name: overloads of one API, which packs name alike.
static const FunctionDecl *unresolvedCallee(const CallExpr *Call) {
  if (!Call->containsErrors())
    return nullptr;
  const auto *Overloads =
      dyn_cast<OverloadExpr>(Call->getCallee()->IgnoreParens());
  if (!Overloads)
    return nullptr;
  const FunctionDecl *First = nullptr;
  std::string Name;
  for (const NamedDecl *D : Overloads->decls()) {
    const auto *FD = D->getUnderlyingDecl()->getAsFunction();
    if (!FD)
      return nullptr;
    if (!First) {
      First = FD;
      Name = FD->getQualifiedNameAsString();
    } else if (FD->getQualifiedNameAsString() != Name) {
      return nullptr;
    }
  }
  return First;
}

const FunctionDecl *directCalleeOf(const CallExpr *Call) {
  if (const FunctionDecl *Direct = Call->getDirectCallee())
    return Direct;
  return unresolvedCallee(Call);
}

const FunctionDecl *calleeOf(const Stmt *S) {
  if (const auto *Call = dyn_cast<CallExpr>(S))
    return directCalleeOf(Call);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    return Construct->getConstructor();
  if (const auto *New = dyn_cast<CXXNewExpr>(S))
    if (const CXXConstructExpr *Construct = New->getConstructExpr())
      return Construct->getConstructor();
  return nullptr;
}

unsigned numArgsOf(const Stmt *S) {
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    // A member operator call counts the object as its first argument.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      if (isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()))
        return Call->getNumArgs() - 1;
    return Call->getNumArgs();
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    unsigned N = 0;
    for (const Expr *Arg : Construct->arguments())
      if (!isa<CXXDefaultArgExpr>(Arg))
        ++N;
    return N;
  }
  if (const auto *New = dyn_cast<CXXNewExpr>(S))
    if (const CXXConstructExpr *Construct = New->getConstructExpr())
      return numArgsOf(Construct);
  return 0;
}

/// std::make_shared<T>(...) and friends construct a T inside the standard
/// library, whose bodies we never look into: treat them as constructing T.
const CXXRecordDecl *constructedThroughFactory(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier())
    return nullptr;
  llvm::StringRef Name = FD->getName();
  // optional<T>::emplace, vector<T>::emplace_back: T built in place.
  if (Name == "emplace" || Name == "emplace_back" || Name == "emplace_front")
    if (const auto *Method = dyn_cast<CXXMethodDecl>(FD))
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(
              Method->getParent());
          Spec && Spec->isInStdNamespace())
        if (Spec->getTemplateArgs().size() > 0 &&
            Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
          return Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  if (!FD->isInStdNamespace())
    return nullptr;
  if (Name != "make_shared" && Name != "make_unique" &&
      Name != "allocate_shared" && Name != "make_shared_for_overwrite" &&
      Name != "make_unique_for_overwrite")
    return nullptr;
  const TemplateArgumentList *Args = FD->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 ||
      Args->get(0).getKind() != TemplateArgument::Type)
    return nullptr;
  return Args->get(0).getAsType()->getAsCXXRecordDecl();
}

/// Walks the TU once: finds the TU's own functions and every call edge
/// between them. Bodies in system headers are skipped entirely, which is
/// most of the time a TU would otherwise take.
class TUFacts::Collector : public RecursiveASTVisitor<Collector> {
public:
  explicit Collector(TUFacts &Facts) : Facts(Facts) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && !Facts.isOwnCode(D->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  // Function bodies: remember whose body we are in.
  bool TraverseFunctionDecl(FunctionDecl *FD) { return traverseFn(FD, [&] {
      return RecursiveASTVisitor::TraverseFunctionDecl(FD); }); }
  bool TraverseCXXMethodDecl(CXXMethodDecl *FD) { return traverseFn(FD, [&] {
      return RecursiveASTVisitor::TraverseCXXMethodDecl(FD); }); }
  bool TraverseCXXConstructorDecl(CXXConstructorDecl *FD) {
    return traverseFn(FD, [&] {
      return RecursiveASTVisitor::TraverseCXXConstructorDecl(FD); });
  }
  bool TraverseCXXDestructorDecl(CXXDestructorDecl *FD) {
    return traverseFn(FD, [&] {
      return RecursiveASTVisitor::TraverseCXXDestructorDecl(FD); });
  }
  bool TraverseCXXConversionDecl(CXXConversionDecl *FD) {
    return traverseFn(FD, [&] {
      return RecursiveASTVisitor::TraverseCXXConversionDecl(FD); });
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    CXXMethodDecl *Op = L->getCallOperator();
    // Defining a lambda runs nothing; handing it to a call might (call_once,
    // a thread). Edges for those are added at the call (VisitCallExpr).
    return traverseFn(Op, [&] {
      return RecursiveASTVisitor::TraverseLambdaExpr(L); });
  }

  bool VisitCallExpr(CallExpr *Call) {
    addEdge(Call, directCalleeOf(Call));
    // make_unique<T>(...) runs one of T's constructors.
    if (const CXXRecordDecl *Made =
            constructedThroughFactory(directCalleeOf(Call)))
      if (Made->hasDefinition())
        for (const CXXConstructorDecl *Ctor : Made->ctors())
          if (Ctor->doesThisDeclarationHaveABody() || Ctor->isDefined())
            addEdge(Call, Ctor);
    for (const Expr *Arg : Call->arguments())
      addLambdaArgument(Call, Arg);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    addEdge(Construct, Construct->getConstructor());
    for (const Expr *Arg : Construct->arguments())
      addLambdaArgument(Construct, Arg);
    return true;
  }

private:
  /// A metrics library's own functions are opaque, not traversed: what
  /// bvar's internals construct on a request path is not the service's
  /// set-up. Calls of the library's public APIs still match the packs by
  /// name wherever the service makes them.
  template <typename Fn> bool traverseFn(FunctionDecl *FD, Fn Traverse) {
    if (FD->doesThisDeclarationHaveABody() &&
        Facts.Ownership.isLibraryFunction(FD))
      return true;
    bool Own = FD->doesThisDeclarationHaveABody() &&
               Facts.isOwnCode(FD->getLocation());
    if (Own)
      Facts.Own.push_back(FD);
    const FunctionDecl *Saved = Current;
    if (Own)
      Current = FD;
    bool Result = Traverse();
    Current = Saved;
    return Result;
  }

  void addEdge(const Expr *Site, const FunctionDecl *Callee) {
    if (!Current || !Callee)
      return;
    Callee = definitionOf(Callee);
    Facts.Callers[Callee].push_back({Site, Current});
    Facts.Callees[Current].push_back({Site, Callee});
  }

  void addLambdaArgument(const Expr *Site, const Expr *Arg) {
    if (const auto *L = dyn_cast<LambdaExpr>(Arg->IgnoreImplicit()))
      addEdge(Site, L->getCallOperator());
  }

  TUFacts &Facts;
  const FunctionDecl *Current = nullptr;
};

TUFacts::TUFacts(ASTContext &Ctx, const ApiModel &Api,
                 const ProgramSummaries *Program,
                 const OwnershipOptions &OwnershipOpts)
    : Ctx(Ctx), Api(Api), Program(Program),
      Ownership(Ctx, Api, OwnershipOpts) {
  Collector(*this).TraverseDecl(Ctx.getTranslationUnitDecl());
  propagate();
}

TUFacts::~TUFacts() = default;

EnvDependence &TUFacts::env() const {
  if (!Env)
    Env = std::make_unique<EnvDependence>(*this);
  return *Env;
}

StatementParents &TUFacts::parents() const {
  if (!Parents)
    Parents = std::make_unique<StatementParents>(Ctx);
  return *Parents;
}

Effect TUFacts::externalEffect(const FunctionDecl *Callee,
                               RoleMask Roles) const {
  if (!Program || !mayHaveExternalSummary(*this, Callee))
    return {};
  auto It = Program->Functions.find(usrOf(Callee));
  if (It == Program->Functions.end())
    return {};
  const FunctionSummary &S = It->second.Summary;
  for (unsigned Stage = 0; Stage < NumStages; ++Stage)
    if ((Roles & Stages[Stage].Roles) && (S.Stage[Stage] & SetsUp))
      return {EffectKind::Init, nullptr, Callee};
  for (Outcomes O : S.Stage)
    if (O & Serves)
      return {EffectKind::Serve, nullptr, Callee};
  return {};
}

bool TUFacts::isOwnCode(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  return !SM.isInSystemHeader(SM.getExpansionLoc(Loc));
}

Effect TUFacts::directEffect(const Stmt *S, RoleMask Roles) const {
  const FunctionDecl *Callee = calleeOf(S);
  if (!Callee)
    return {};
  unsigned NumArgs = numArgsOf(S);
  if (const ApiPattern *P = Api.match(ApiRole::Exit, Callee, NumArgs))
    return {EffectKind::Exit, P, nullptr};
  if (Callee->isNoReturn())
    return {EffectKind::Exit, nullptr, nullptr};
  // Later stages first: a call that both creates and exposes is reported
  // as the exposure it makes.
  for (ApiRole Role : {ApiRole::Expose, ApiRole::Register,
                       ApiRole::SelfRegister, ApiRole::Create}) {
    if (!(Roles & roleBit(Role)))
      continue;
    if (const ApiPattern *P = Api.match(Role, Callee, NumArgs)) {
      if (P->DisabledBy && switchedOff(S, *P->DisabledBy))
        continue;
      return {EffectKind::Init, P, nullptr};
    }
    // make_shared<T>(args) passes its arguments on to T's constructor.
    if (const CXXRecordDecl *Made = constructedThroughFactory(Callee))
      if (const ApiPattern *P = Api.matchType(Role, Made, NumArgs))
        return {EffectKind::Init, P, nullptr};
  }
  if (const ApiPattern *P = Api.match(ApiRole::Serve, Callee, NumArgs))
    return {EffectKind::Serve, P, nullptr};
  return {};
}

bool switchedOff(const Stmt *S, const ApiPattern::FieldSwitch &Switch) {
  const auto *Call = dyn_cast<CallExpr>(S);
  if (!Call)
    return false;
  unsigned Index = Switch.Arg;
  if (isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(
                                            Call->getDirectCallee()))
    ++Index; // the object is the first argument of a member operator
  if (Index >= Call->getNumArgs())
    return false;
  const Expr *Arg = Call->getArg(Index)->IgnoreParenImpCasts();
  if (const auto *AddrOf = dyn_cast<UnaryOperator>(Arg))
    if (AddrOf->getOpcode() == UO_AddrOf)
      Arg = AddrOf->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
  const auto *Options = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Options || !Options->isLocalVarDecl())
    return false;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(
      Options->getParentFunctionOrMethod());
  if (!Fn || !Fn->getBody())
    return false;
  // `options.has_builtin_services = false;` anywhere in the function: a
  // constant, so the same on every path. A value from a flag is a decision
  // the environment rule sees.
  const ASTContext &Ctx = Options->getASTContext();
  llvm::SmallVector<const Stmt *, 32> Work{Fn->getBody()};
  while (!Work.empty()) {
    const Stmt *Cur = Work.pop_back_val();
    if (!Cur)
      continue;
    if (const auto *Assign = dyn_cast<BinaryOperator>(Cur))
      if (Assign->getOpcode() == BO_Assign)
        if (const auto *Member =
                dyn_cast<MemberExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
          if (const auto *Base = dyn_cast<DeclRefExpr>(
                  Member->getBase()->IgnoreParenImpCasts()))
            if (Base->getDecl() == Options &&
                Member->getMemberDecl()->getName() == Switch.Field) {
              bool Value = false;
              if (Assign->getRHS()->EvaluateAsBooleanCondition(Value, Ctx) &&
                  Value == Switch.Value)
                return true;
            }
    for (const Stmt *Child : Cur->children())
      Work.push_back(Child);
  }
  return false;
}

void TUFacts::propagate() {
  // Seed with the functions that call an API themselves, then walk the
  // reverse call graph: a caller of an initialising function initialises.
  std::vector<const FunctionDecl *> InitWork[NumInitRoles], ServeWork;
  for (const auto &[Caller, Sites] : Callees) {
    for (const auto &[Site, Callee] : Sites) {
      for (unsigned R = 0; R < NumInitRoles; ++R) {
        Effect E = directEffect(Site, 1u << R);
        // A wrapper another TU defines counts like an API.
        if (!E)
          E = externalEffect(Callee, 1u << R);
        if (E.Kind == EffectKind::Init && !InitFns[R].count(Caller)) {
          InitFns[R][Caller] = E;
          InitWork[R].push_back(Caller);
        }
      }
      Effect E = directEffect(Site, 0);
      if (!E)
        E = externalEffect(Callee, 0);
      if (E.Kind == EffectKind::Serve && !ServeFns.count(Caller)) {
        ServeFns[Caller] = E;
        ServeWork.push_back(Caller);
      }
    }
  }
  // Factories of the TU's own types (make_unique<MetricsService>()) are
  // handled in effectOf, once the constructors' effects are known.
  auto Spread = [&](std::vector<const FunctionDecl *> &Work,
                    llvm::DenseMap<const FunctionDecl *, Effect> &Set,
                    EffectKind Kind) {
    while (!Work.empty()) {
      const FunctionDecl *FD = Work.back();
      Work.pop_back();
      auto It = Callers.find(FD);
      if (It == Callers.end())
        continue;
      for (const CallSite &Site : It->second) {
        if (Set.count(Site.Caller))
          continue;
        Set[Site.Caller] = Effect{Kind, Set[FD].Api, FD};
        Work.push_back(Site.Caller);
      }
    }
  };
  for (unsigned R = 0; R < NumInitRoles; ++R)
    Spread(InitWork[R], InitFns[R], EffectKind::Init);
  Spread(ServeWork, ServeFns, EffectKind::Serve);
}

Effect TUFacts::effectOf(const Stmt *S, RoleMask Roles) const {
  if (!S)
    return {};
  if (Effect Direct = directEffect(S, Roles))
    return Direct;
  // Through a TU function that reaches an API of one of the roles.
  auto Through = [&](const FunctionDecl *FD) -> Effect {
    for (unsigned R : {2u, 1u, 3u, 0u}) // expose, register, self, create
      if (Roles & (1u << R)) {
        auto It = InitFns[R].find(FD);
        if (It != InitFns[R].end())
          return {EffectKind::Init, It->second.Api, FD};
      }
    return {};
  };
  const FunctionDecl *Callee = definitionOf(calleeOf(S));
  if (Callee)
    if (Effect E = Through(Callee))
      return E;
  if (const CXXRecordDecl *Made = constructedThroughFactory(calleeOf(S)))
    for (const CXXConstructorDecl *Ctor : Made->ctors())
      if (Effect E = Through(definitionOf(Ctor)))
        return E;
  // A lambda handed to a call (std::call_once, a thread) runs its body.
  auto LambdaArgs = [&](auto Args) -> Effect {
    for (const Expr *Arg : Args)
      if (const auto *L = dyn_cast<LambdaExpr>(Arg->IgnoreImplicit()))
        if (Effect E = Through(L->getCallOperator()))
          return E;
    return {};
  };
  if (const auto *Call = dyn_cast<CallExpr>(S))
    if (Effect E = LambdaArgs(Call->arguments()))
      return E;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    if (Effect E = LambdaArgs(Construct->arguments()))
      return E;
  if (Callee) {
    auto It = ServeFns.find(Callee);
    if (It != ServeFns.end())
      return {EffectKind::Serve, It->second.Api, Callee};
    return externalEffect(Callee, Roles);
  }
  return {};
}

Effect TUFacts::initEffectOf(const FunctionDecl *FD, RoleMask Roles) const {
  for (unsigned R : {2u, 1u, 3u, 0u})
    if (Roles & (1u << R)) {
      auto It = InitFns[R].find(definitionOf(FD));
      if (It != InitFns[R].end())
        return It->second;
    }
  return {};
}

bool TUFacts::isEntry(const FunctionDecl *FD) const {
  return FD->isMain() || Api.match(ApiRole::Entry, FD, FD->getNumParams());
}

bool TUFacts::reachesServe(const FunctionDecl *FD) const {
  return ServeFns.count(definitionOf(FD));
}

llvm::ArrayRef<CallSite> TUFacts::callersOf(const FunctionDecl *FD) const {
  auto It = Callers.find(definitionOf(FD));
  if (It == Callers.end())
    return {};
  return It->second;
}

std::string functionLabel(const FunctionDecl *FD) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
    if (M->getParent()->isLambda())
      return "the lambda";
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    return "the constructor of '" + packQualifiedName(Ctor->getParent()) + "'";
  return "'" + packQualifiedName(FD) + "()'";
}

std::string TUFacts::describe(const Effect &E) const {
  std::string Out;
  llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
  const FunctionDecl *Via = E.Via;
  // Follow the wrapper chain a few steps: enough to explain, short enough
  // to read.
  for (unsigned Depth = 0; Via && Depth < 3 && Seen.insert(Via).second;
       ++Depth) {
    Out += functionLabel(Via) + " → ";
    Effect Next = E.Kind == EffectKind::Serve
                      ? (ServeFns.count(Via) ? ServeFns.find(Via)->second
                                             : Effect{})
                      : initEffectOf(Via, E.Api ? roleBit(E.Api->Role)
                                                : InitRoles);
    if (!Next)
      break;
    Via = Next.Via;
  }
  if (Via && Seen.count(Via) == 0)
    Out += "… → ";
  if (E.Api)
    Out += "'" + llvm::StringRef(E.Api->Name).ltrim(':').str() + "' (" +
           apiRoleName(E.Api->Role).str() + ", " + E.Api->Pack + ")";
  else if (!Out.empty())
    Out.resize(Out.size() - strlen(" → "));
  return Out;
}

const FunctionCFG *TUFacts::cfg(const FunctionDecl *FD) const {
  auto &Slot = CFGs[FD];
  if (Slot)
    return Slot->Graph ? Slot.get() : nullptr;
  Slot = std::make_unique<FunctionCFG>();
  if (!FD->hasBody() || FD->isDependentContext())
    return nullptr;
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = false;
  Options.AddInitializers = true;
  Options.AddTemporaryDtors = false;
  Options.setAllAlwaysAdd();
  Slot->Graph = CFG::buildCFG(FD, FD->getBody(), &Ctx, Options);
  if (!Slot->Graph)
    return nullptr;
  for (const CFGBlock *Block : *Slot->Graph) {
    unsigned Index = 0;
    for (const CFGElement &Element : *Block) {
      if (auto S = Element.getAs<CFGStmt>())
        Slot->Elements.try_emplace(S->getStmt(), Block, Index);
      ++Index;
    }
    if (const Stmt *T = Block->getTerminatorStmt())
      Slot->Terminators[T] = Block;
  }
  return Slot.get();
}

std::string usrOf(const FunctionDecl *FD) {
  llvm::SmallString<128> Buf;
  if (index::generateUSRForDecl(TUFacts::definitionOf(FD), Buf))
    return std::string();
  return std::string(Buf);
}

bool mayHaveExternalSummary(const TUFacts &Facts, const FunctionDecl *FD) {
  return FD && !FD->hasBody() && FD->isExternallyVisible() &&
         Facts.isOwnCode(FD->getLocation());
}

} // namespace metrics_init_check
