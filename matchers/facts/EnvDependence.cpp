//===--- EnvDependence.cpp - Does a value come from the environment? -------===//

#include "EnvDependence.h"
#include "ValueWrites.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

namespace metrics_init_check {

using namespace clang;

std::string EnvEvidence::describe() const {
  switch (Kind) {
  case EnvVariable:
    return Name.empty() ? "an environment variable"
                        : "environment variable '" + Name + "'";
  case Flag:
    return "flag '--" + Name + "'";
  case ConfigValue:
    return "configuration value '" + Name + "'";
  }
  llvm_unreachable("unknown evidence kind");
}

namespace {

/// Whether \p T holds a plain value a switch would be made of (bool, number,
/// enum, string), as opposed to a handle such as a registry pointer that a
/// lazy-init guard tests.
/// The string literal an argument is, through implicit std::string
/// construction and temporaries.
const StringLiteral *stringLiteralIn(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *S = dyn_cast<StringLiteral>(E))
      return S;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      if (Construct->getNumArgs() == 0)
        return nullptr;
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      E = Cast->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

bool isSwitchLikeType(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isBooleanType() || T->isIntegerType() || T->isEnumeralType() ||
      T->isFloatingType())
    return true;
  if (const auto *RD = T->getAsCXXRecordDecl())
    return RD->getName().contains("string");
  return false;
}

} // namespace

struct EnvDependence::Impl {
  explicit Impl(const TUFacts &Facts) : Facts(Facts), Api(Facts.api()) {}

  const TUFacts &Facts;
  const ApiModel &Api;
  bool WritesCollected = false;
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const Expr *, 2>> Writes;
  /// Variables and fields written where metrics are created or exposed.
  llvm::SmallPtrSet<const ValueDecl *, 8> SetUpState;

  /// Whether \p S reads a variable or field written where metrics are set
  /// up, directly or through a getter of the TU (`is_prometheus_enabled()`
  /// returning the field the exposer's set-up sets): a test of what the
  /// set-up did, like `if (exposer)`, not a decision on the environment.
  bool readsSetUpState(const Stmt *S, unsigned Depth = 0) {
    if (!S || isa<LambdaExpr>(S) || Depth > 2)
      return false;
    collectWrites();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (SetUpState.count(Ref->getDecl()))
        return true;
    if (const auto *Member = dyn_cast<MemberExpr>(S))
      if (SetUpState.count(Member->getMemberDecl()))
        return true;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = TUFacts::definitionOf(
              Call->getDirectCallee());
          Callee && Callee->hasBody() && Facts.isOwnCode(Callee->getLocation()))
        if (readsSetUpStateIn(Callee->getBody(), Depth + 1))
          return true;
    for (const Stmt *Child : S->children())
      if (readsSetUpState(Child, Depth))
        return true;
    return false;
  }
  /// The values a getter's body returns.
  bool readsSetUpStateIn(const Stmt *Body, unsigned Depth) {
    if (!Body)
      return false;
    if (const auto *Return = dyn_cast<ReturnStmt>(Body))
      return readsSetUpState(Return->getRetValue(), Depth);
    for (const Stmt *Child : Body->children())
      if (readsSetUpStateIn(Child, Depth))
        return true;
    return false;
  }
  /// Memo for declarations and function results; nullopt while computing,
  /// which also breaks cycles (x = y; y = x).
  llvm::DenseMap<const Decl *, std::optional<EnvEvidence>> Memo;

  void collectWrites() {
    if (WritesCollected)
      return;
    WritesCollected = true;
    collectValueWrites(Facts, Writes, SetUpState);
  }

  static std::string stringLiteralArg(const CallExpr *Call, int Index) {
    if (Index < 0 || static_cast<unsigned>(Index) >= Call->getNumArgs())
      return "";
    if (const StringLiteral *S = stringLiteralIn(Call->getArg(Index)))
      if (S->isOrdinary() || S->isUTF8())
        return S->getString().str();
    return "";
  }

  /// The default a flag's definition states: the initialiser's constant
  /// value, or the default argument of the DEFINE_*/ABSL_FLAG macro.
  std::string flagDefault(const VarDecl *VD) {
    const VarDecl *Def = VD->getDefinition();
    if (!Def)
      return "";
    if (const Expr *Init = Def->getInit()) {
      Expr::EvalResult Result;
      if (!Init->isValueDependent() &&
          Init->EvaluateAsRValue(Result, Facts.context()) &&
          Result.Val.isInt()) {
        if (Def->getType()->isBooleanType())
          return Result.Val.getInt().getBoolValue() ? "true" : "false";
        return llvm::toString(Result.Val.getInt(), 10);
      }
    }
    const SourceManager &SM = Facts.context().getSourceManager();
    SourceLocation Loc = Def->getLocation();
    if (!Loc.isMacroID())
      return "";
    CharSourceRange Range = SM.getImmediateExpansionRange(Loc);
    while (Range.getBegin().isMacroID())
      Range = SM.getImmediateExpansionRange(Range.getBegin());
    llvm::StringRef Macro = Lexer::getImmediateMacroName(Loc, SM,
                                                        Facts.context().getLangOpts());
    llvm::StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(Range.getAsRange()), SM,
        Facts.context().getLangOpts());
    // DEFINE_x(name, default, help) / ABSL_FLAG(type, name, default, help)
    size_t Open = Text.find('(');
    if (Open == llvm::StringRef::npos)
      return "";
    llvm::SmallVector<std::string, 4> Args;
    std::string Current;
    int Depth = 0;
    for (char C : Text.drop_front(Open + 1)) {
      if ((C == ',' || C == ')') && Depth == 0) {
        Args.push_back(llvm::StringRef(Current).trim().str());
        Current.clear();
        if (C == ')')
          break;
        continue;
      }
      if (C == '(' || C == '{' || C == '[')
        ++Depth;
      if (C == ')' || C == '}' || C == ']')
        --Depth;
      Current += C;
    }
    unsigned Index = Macro.starts_with("ABSL_") ? 2 : 1;
    return Index < Args.size() ? Args[Index] : "";
  }

  std::optional<EnvEvidence> ofDecl(const ValueDecl *D) {
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (Api.isFlagName(VD->getName())) {
        EnvEvidence E;
        E.Kind = EnvEvidence::Flag;
        E.Name = Api.flagName(VD->getName()).str();
        E.Where = VD->getSourceRange();
        E.FlagDefault = flagDefault(VD);
        return E;
      }
    }
    auto [It, Inserted] = Memo.try_emplace(D, std::nullopt);
    if (!Inserted)
      return It->second;
    collectWrites();
    std::optional<EnvEvidence> Found;
    auto WIt = Writes.find(D);
    if (WIt != Writes.end())
      for (const Expr *Value : WIt->second)
        if ((Found = flow(Value)))
          break;
    // A parameter carries what its callers pass.
    if (!Found)
      if (const auto *Parm = dyn_cast<ParmVarDecl>(D))
        if (const auto *Fn =
                dyn_cast_or_null<FunctionDecl>(Parm->getDeclContext()))
          for (const CallSite &Site : Facts.callersOf(Fn))
            if (const auto *Call = dyn_cast<CallExpr>(Site.Call)) {
              unsigned Index = Parm->getFunctionScopeIndex();
              if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Fn))
                ++Index;
              if (Index < Call->getNumArgs())
                if ((Found = flow(Call->getArg(Index))))
                  break;
            }
    Memo[D] = Found;
    return Found;
  }

  std::optional<EnvEvidence> ofFunctionResult(const FunctionDecl *FD) {
    FD = TUFacts::definitionOf(FD);
    if (!FD || !FD->hasBody() || !Facts.isOwnCode(FD->getLocation()))
      return std::nullopt;
    auto [It, Inserted] = Memo.try_emplace(FD, std::nullopt);
    if (!Inserted)
      return It->second;
    std::optional<EnvEvidence> Found;
    struct ReturnFinder : RecursiveASTVisitor<ReturnFinder> {
      llvm::SmallVector<const Expr *, 4> Values;
      bool TraverseLambdaExpr(LambdaExpr *) { return true; }
      bool VisitReturnStmt(ReturnStmt *R) {
        if (R->getRetValue())
          Values.push_back(R->getRetValue());
        return true;
      }
    } Finder;
    Finder.TraverseStmt(FD->getBody());
    for (const Expr *Value : Finder.Values)
      if ((Found = flow(Value)))
        break;
    Memo[FD] = Found;
    return Found;
  }

  /// Evidence that the value of \p E flows from an environment source.
  std::optional<EnvEvidence> flow(const Stmt *S) {
    if (!S || isa<LambdaExpr>(S))
      return std::nullopt;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (const EnvSourcePattern *Source = Api.envSource(Callee)) {
        EnvEvidence E;
        E.Where = Call->getSourceRange();
        if (Source->Kind == "flag") {
          E.Kind = EnvEvidence::Flag;
          if (Call->getNumArgs() > 0)
            if (auto Flag = flow(Call->getArg(0)))
              return Flag;
        } else {
          E.Kind = EnvEvidence::EnvVariable;
          E.Name = stringLiteralArg(Call, Source->NameArg);
        }
        return E;
      }
      if (Callee && !Callee->isInStdNamespace())
        if (auto E = ofFunctionResult(Callee))
          return E;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      if (isa<VarDecl>(Ref->getDecl()))
        if (auto E = ofDecl(Ref->getDecl()))
          return E;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(S)) {
      if (isa<FieldDecl>(Member->getMemberDecl()))
        if (auto E = ofDecl(Member->getMemberDecl()))
          return E;
    }
    for (const Stmt *Child : S->children())
      if (auto E = flow(Child))
        return E;
    return std::nullopt;
  }

  /// Configuration read by name: a field, getter, variable or key whose
  /// name satisfies \p Names.
  template <typename Pred>
  std::optional<EnvEvidence> named(const Stmt *S, Pred Names) {
    if (!S || isa<LambdaExpr>(S))
      return std::nullopt;
    auto Make = [&](const llvm::Twine &Name, SourceRange Where) {
      EnvEvidence E;
      E.Kind = EnvEvidence::ConfigValue;
      E.Name = Name.str();
      E.Where = Where;
      return E;
    };
    if (const auto *Member = dyn_cast<MemberExpr>(S)) {
      const ValueDecl *D = Member->getMemberDecl();
      if (D->getIdentifier() && Names(D->getName(), D->getType()))
        return Make(D->getName(), Member->getSourceRange());
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      const ValueDecl *D = Ref->getDecl();
      if (isa<VarDecl>(D) && D->getIdentifier() &&
          Names(D->getName(), D->getType()))
        return Make(D->getName(), Ref->getSourceRange());
    }
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      // A getter named for it: config.stage(), CurrentStage().
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        if (Callee->getIdentifier() && !Callee->isInStdNamespace() &&
            Names(Callee->getName(), Call->getType()))
          return Make(Callee->getName().str() + "()", Call->getSourceRange());
      // config.Get("env"), cfg.GetBool("metrics.enabled"), also when the
      // key parameter is a const std::string&.
      for (const Expr *Arg : Call->arguments())
        if (const StringLiteral *Key = stringLiteralIn(Arg))
          if ((Key->isOrdinary() || Key->isUTF8()) &&
              Names(Key->getString(), Call->getType()))
            return Make(Key->getString(), Call->getSourceRange());
    }
    for (const Stmt *Child : S->children())
      if (auto E = named(Child, Names))
        return E;
    return std::nullopt;
  }

  /// Whether \p Cond turns on a flag's value as a switch: the flag itself
  /// (`if (FLAGS_push)`, `!use_cache`), compared with true or false, or a
  /// string flag's emptiness (`!FLAGS_endpoint.empty()`), alone or joined
  /// by && and ||. Comparisons with other values (thresholds, workload
  /// names) are not switches.
  bool testsSwitch(const Expr *Cond) {
    const Expr *E = Cond->IgnoreParenImpCasts();
    if (const auto *Not = dyn_cast<UnaryOperator>(E))
      if (Not->getOpcode() == UO_LNot)
        return testsSwitch(Not->getSubExpr());
    if (const auto *B = dyn_cast<BinaryOperator>(E)) {
      if (B->isLogicalOp())
        return testsSwitch(B->getLHS()) || testsSwitch(B->getRHS());
      if (!B->isEqualityOp())
        return false;
      const Expr *L = B->getLHS()->IgnoreParenImpCasts();
      const Expr *R = B->getRHS()->IgnoreParenImpCasts();
      if (isa<CXXBoolLiteralExpr>(R))
        return isFlag(L);
      if (isa<CXXBoolLiteralExpr>(L))
        return isFlag(R);
      return false;
    }
    if (isa<CXXOperatorCallExpr, ConditionalOperator>(E))
      return false;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *M = Member->getMethodDecl();
      if (M && M->getIdentifier() && M->getName() == "empty")
        return isFlag(Member->getImplicitObjectArgument());
    }
    if (!E->getType()->isScalarType())
      return false;
    return isFlag(E);
  }

  bool isFlag(const Expr *E) {
    std::optional<EnvEvidence> Found = flow(E);
    return Found && Found->Kind == EnvEvidence::Flag;
  }

  /// Whether \p S mentions an environment name: "prod", Env::kProduction.
  bool mentionsEnvName(const Stmt *S) {
    if (!S)
      return false;
    if (const auto *Str = dyn_cast<StringLiteral>(S))
      return (Str->isOrdinary() || Str->isUTF8()) &&
             Api.isEnvNameLiteral(Str->getString());
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(Ref->getDecl())) {
        llvm::StringRef Name = Enumerator->getName();
        if (Name.size() > 1 && Name[0] == 'k' && llvm::isUpper(Name[1]))
          Name = Name.drop_front();
        return Api.isEnvNameLiteral(Name);
      }
    for (const Stmt *Child : S->children())
      if (mentionsEnvName(Child))
        return true;
    return false;
  }
};

EnvDependence::EnvDependence(const TUFacts &Facts)
    : P(std::make_unique<Impl>(Facts)) {}
EnvDependence::~EnvDependence() = default;

/// `if (exposer)`, `if (!registry_)`, `if (provider != nullptr)`: a test of
/// whether an object exists is a guard on that object, whatever decided its
/// creation. (A `const char *` from getenv is a value, not an object.)
bool isObjectNullTest(const Expr *Cond) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond))
    if (Not->getOpcode() == UO_LNot)
      return isObjectNullTest(Not->getSubExpr());
  const Expr *Operand = Cond;
  if (const auto *Cmp = dyn_cast<BinaryOperator>(Cond)) {
    if (!Cmp->isEqualityOp())
      return false;
    const Expr *L = Cmp->getLHS()->IgnoreParenImpCasts();
    const Expr *R = Cmp->getRHS()->IgnoreParenImpCasts();
    if (isa<CXXNullPtrLiteralExpr, GNUNullExpr>(R) ||
        (isa<IntegerLiteral>(R) && cast<IntegerLiteral>(R)->getValue() == 0))
      Operand = L;
    else if (isa<CXXNullPtrLiteralExpr, GNUNullExpr>(L))
      Operand = R;
    else
      return false;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Operand)) {
    if (Op->getOperator() == OO_ExclaimEqual || Op->getOperator() == OO_EqualEqual)
      if (Op->getNumArgs() == 2 &&
          isa<CXXNullPtrLiteralExpr>(Op->getArg(1)->IgnoreParenImpCasts()))
        Operand = Op->getArg(0);
  }
  // Smart pointers and optionals test through operator bool.
  if (const auto *Conv = dyn_cast<CXXMemberCallExpr>(Operand->IgnoreParenImpCasts()))
    if (isa_and_nonnull<CXXConversionDecl>(Conv->getMethodDecl()))
      Operand = Conv->getImplicitObjectArgument();
  Operand = Operand->IgnoreParenImpCasts();
  if (!isa<DeclRefExpr, MemberExpr>(Operand))
    return false;
  QualType T = Operand->getType().getNonReferenceType();
  if (T->isPointerType())
    return T->getPointeeType()->isRecordType();
  if (const auto *RD = T->getAsCXXRecordDecl())
    return !RD->getName().contains("string");
  return false;
}

std::optional<EnvEvidence>
EnvDependence::ofCondition(const Expr *Cond,
                           llvm::ArrayRef<const Expr *> ComparedWith) {
  if (!Cond || isObjectNullTest(Cond) || P->readsSetUpState(Cond))
    return std::nullopt;
  const ApiModel &Api = P->Api;
  bool Compared = P->mentionsEnvName(Cond) ||
                  llvm::any_of(ComparedWith, [&](const Expr *E) {
                    return P->mentionsEnvName(E);
                  });
  if (auto E = P->flow(Cond)) {
    // An environment variable is the deployment's by nature. A flag is
    // only when it selects the environment, switches metrics or a feature
    // on or off: `--ycsb_target == "rocksdb"` picks a workload,
    // `acc >= quota` with a flag's quota is run-time state.
    if (E->Kind != EnvEvidence::Flag || Compared ||
        Api.namesEnvironment(E->Name) || Api.namesMetricsSwitch(E->Name) ||
        (ComparedWith.empty() && P->testsSwitch(Cond)))
      return E;
  }
  // An explicit switch read from configuration: opts.enable_metrics,
  // config.GetBool("metrics.enabled").
  if (auto E = P->named(Cond, [&](llvm::StringRef Name, QualType T) {
        return Api.namesMetricsSwitch(Name) && isSwitchLikeType(T);
      }))
    return E;
  // A configuration value named like the environment, compared with an
  // environment name: config.stage == "prod".
  if (!Compared)
    return std::nullopt;
  return P->named(Cond, [&](llvm::StringRef Name, QualType) {
    return Api.namesEnvironment(Name);
  });
}

bool EnvDependence::isMetricsSwitch(const EnvEvidence &E) const {
  return !E.Name.empty() && P->Api.namesMetricsSwitch(E.Name);
}

} // namespace metrics_init_check
