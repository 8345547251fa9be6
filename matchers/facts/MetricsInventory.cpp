//===--- MetricsInventory.cpp - The metrics a TU defines ------------------===//

#include "MetricsInventory.h"
#include "ApiModel.h"
#include "JsonSafety.h"
#include "LabelValues.h"
#include "MetricNames.h"
#include "SourceText.h"
#include "TUFacts.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <functional>
#include <map>
#include <optional>

namespace metrics_init_check {

using namespace clang;

namespace {

/// A construction from one value (`std::string(const char *, const
/// Allocator & = {})`), not one from several (`std::pair(k, v)`).
bool convertsOneArgument(const CXXConstructExpr *C) {
  if (C->getNumArgs() == 0)
    return false;
  for (unsigned I = 1; I < C->getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(C->getArg(I)))
      return false;
  return true;
}

/// Looks through what C++ wraps a string argument in: the temporary
/// std::string a `const std::string &` parameter binds to, its
/// construction from a literal, casts and parentheses.
const Expr *unwrapString(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && convertsOneArgument(C) &&
             !C->getConstructor()->isCopyOrMoveConstructor())
      E = C->getArg(0);
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() == 1 && isa<MaterializeTemporaryExpr>(
                                              C->getArg(0)->IgnoreImplicit()))
      E = C->getArg(0); // a copy of a temporary: the temporary
    else
      break;
  }
  return E;
}

/// The string \p E always is, if the compiler can fold it: a literal, a
/// constexpr array or pointer. A std::string variable is not folded even
/// when it was initialised from a literal: it may have changed since.
std::optional<std::string> constantString(const Expr *E, ASTContext &Ctx,
                                          unsigned Depth = 0) {
  E = unwrapString(E);
  if (!E || E->isValueDependent() || E->isTypeDependent() || Depth > 8)
    return std::nullopt;
  if (const auto *S = dyn_cast<StringLiteral>(E))
    return S->getString().str();
  // A const variable (constexpr included) is its initializer: `constexpr
  // const char *kName = "x"`, `const char kName[] = "x"`.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (const VarDecl *Def = Var->getInitializingDeclaration();
          Def && Def->getType().isConstant(Ctx))
        return constantString(Def->getInit(), Ctx, Depth + 1);
  QualType T = E->getType();
  if (T->isPointerType() || T->isArrayType())
    return E->tryEvaluateString(Ctx);
  return std::nullopt;
}

std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
  return Lexer::getSourceText(SM.getExpansionRange(R), SM, Ctx.getLangOpts())
      .str();
}

/// The calls of a builder chain below \p Object, by method name, the one
/// called last kept (`.Name("a").Name("b")` names "b").
llvm::StringMap<const CXXMemberCallExpr *> chainOf(const Expr *Object) {
  llvm::StringMap<const CXXMemberCallExpr *> Out;
  while (Object) {
    const auto *Call =
        dyn_cast<CXXMemberCallExpr>(unwrapString(Object)->IgnoreImplicit());
    if (!Call || !Call->getMethodDecl())
      break;
    Out.try_emplace(Call->getMethodDecl()->getName(), Call);
    Object = Call->getImplicitObjectArgument();
  }
  return Out;
}

/// The two elements of \p S when it is written as a pair: `{"k", v}`, or
/// a two-argument construction (`std::pair<..>("k", v)`) whose second
/// argument is not a default one.
std::optional<std::pair<const Expr *, const Expr *>>
writtenPair(const Stmt *S) {
  const auto *E = dyn_cast<Expr>(S);
  if (!E)
    return std::nullopt;
  if (const auto *Init = dyn_cast<InitListExpr>(E->IgnoreImplicit());
      Init && Init->getNumInits() == 2)
    return std::make_pair(Init->getInit(0), Init->getInit(1));
  if (const auto *C = dyn_cast<CXXConstructExpr>(E->IgnoreImplicit());
      C && C->getNumArgs() == 2 && !isa<CXXDefaultArgExpr>(C->getArg(1)))
    return std::make_pair(C->getArg(0), C->getArg(1));
  return std::nullopt;
}

/// (name, value) pairs of constant strings anywhere in \p S: the
/// initializer list `{{"region", "eu"}}` of a label map.
void collectPairs(const Stmt *S, ASTContext &Ctx,
                  std::vector<std::pair<std::string, std::string>> &Out) {
  if (!S)
    return;
  if (auto Two = writtenPair(S)) {
    std::optional<std::string> K = constantString(Two->first, Ctx);
    std::optional<std::string> V = constantString(Two->second, Ctx);
    if (K && V) {
      Out.emplace_back(*K, *V);
      return;
    }
  }
  for (const Stmt *Child : S->children())
    collectPairs(Child, Ctx, Out);
}

/// `Builder<Counter>` → "counter": the kind a prometheus-cpp builder's
/// template argument names.
std::string kindFromTemplate(const FunctionDecl *Callee) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const auto *Spec = Method ? dyn_cast<ClassTemplateSpecializationDecl>(
                                  Method->getParent())
                            : nullptr;
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return "";
  QualType T = Spec->getTemplateArgs()[0].getAsType();
  if (const auto *R = T->getAsCXXRecordDecl())
    return llvm::StringRef(R->getName()).lower();
  return "";
}

/// `MetricType::Counter` → "counter": the kind an enumerator names; ""
/// for anything else.
std::string kindFromEnumerator(const Expr *E) {
  const auto *Ref = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts())
                      : nullptr;
  const auto *Constant =
      Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
  return Constant ? Constant->getName().lower() : "";
}

/// Pairs of a constant name and any value anywhere in \p S: the
/// `{{"method", m}}` of a sample's labels or an instrument's attributes.
void collectLabelPairs(const Stmt *S, ASTContext &Ctx,
                       std::vector<std::pair<const Expr *, const Expr *>> &Out) {
  if (!S)
    return;
  if (auto Two = writtenPair(S); Two && constantString(Two->first, Ctx)) {
    Out.push_back(*Two);
    return;
  }
  for (const Stmt *Child : S->children())
    collectLabelPairs(Child, Ctx, Out);
}

/// The initializer of the local variable \p E names, if it does: labels
/// are often built first (`prometheus::Labels l({{"type", t}});
/// family->Add(l)`).
const Expr *throughLocal(const Expr *E) {
  const auto *Ref =
      E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) &&
      Var->getInit())
    return Var->getInit();
  return E;
}

/// The elements of a list of values (`{"GET", code}`), in order.
void collectListItems(const Stmt *S, std::vector<const Expr *> &Out,
                      unsigned Depth = 0) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!E || Depth > 6)
    return;
  if (const auto *Init = dyn_cast<InitListExpr>(E->IgnoreImplicit())) {
    // `{{"a", "b"}}`: a brace around the list itself.
    if (Init->getNumInits() == 1 &&
        isa<InitListExpr>(Init->getInit(0)->IgnoreImplicit()))
      return collectListItems(Init->getInit(0), Out, Depth + 1);
    for (const Expr *Item : Init->inits())
      Out.push_back(Item);
    return;
  }
  for (const Stmt *Child : E->children())
    collectListItems(Child, Out, Depth + 1);
}

/// What a sample call is made on, seen through smart pointers and
/// references: `counter->Add` is made on `counter`, `(*family).Add` and
/// `family.get()->Add` on `family`.
const Expr *heldObject(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star))
      E = Op->getArg(0);
    else if (const auto *U = dyn_cast<UnaryOperator>(E);
             U && U->getOpcode() == UO_Deref)
      E = U->getSubExpr();
    else if (const auto *Get = dyn_cast<CXXMemberCallExpr>(E);
             Get && Get->getMethodDecl() &&
             Get->getMethodDecl()->getIdentifier() &&
             Get->getMethodDecl()->getName() == "get")
      E = Get->getImplicitObjectArgument();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else
      return E;
  }
  return E;
}

/// The variable or field \p E names, if it names one.
const ValueDecl *namedHolder(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

class Collector : public RecursiveASTVisitor<Collector> {
public:
  Collector(const TUFacts &Facts) : Facts(Facts), Ctx(Facts.context()) {}

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // A library's own code defines nothing of the service's.
    if (!isa<TranslationUnitDecl>(D) &&
        (!Facts.isOwnCode(D->getLocation()) || Facts.api().isLibraryDecl(D)))
      return true;
    if (!isa<FunctionDecl>(D))
      return RecursiveASTVisitor::TraverseDecl(D);
    const Decl *Outer = Function;
    Function = D;
    bool Result = RecursiveASTVisitor::TraverseDecl(D);
    Function = Outer;
    return Result;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (const MetricGroup *G = Facts.api().metricGroupBy(Callee))
      openGroup(*G, Args);
    if (const MetricDefinition::Sample *S = Facts.api().metricSampleBy(Callee);
        S && Member)
      Samples.push_back({Call, S, Member->getImplicitObjectArgument()});
    record(Call, Callee, Args,
           Member ? Member->getImplicitObjectArgument() : nullptr);
    // `counter_ = meter->CreateUInt64Counter(...)` on a smart pointer.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
      addHolder(namedHolder(Op->getArg(0)), Op->getArg(1));
      noteFieldAssignment(Op->getArg(0), Op->getArg(1), Op);
    }
    return true;
  }
  /// `MetricFamily{"x", "help", MetricType::Gauge, {}}`: an object of a
  /// definition's `type` initialised with its name.
  bool VisitInitListExpr(InitListExpr *List) {
    // The visitor sees the list as written; its semantic form has one
    // initializer per field, in declaration order.
    const InitListExpr *Semantic =
        List->isSemanticForm() || !List->getSemanticForm()
            ? List
            : List->getSemanticForm();
    const CXXRecordDecl *Type = Semantic->getType()->getAsCXXRecordDecl();
    const MetricDefinition *Def = Facts.api().metricDefinedByType(Type);
    if (!Def || Type->isUnion())
      return true;
    llvm::StringMap<const Expr *> Fields;
    unsigned I = 0;
    for (const FieldDecl *Field : Type->fields()) {
      if (I >= Semantic->getNumInits())
        break;
      const Expr *Init = Semantic->getInit(I++);
      // A member's default initializer, or the value-initialisation of a
      // member the list leaves out, is not what this code gives it.
      const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
      if (!isa<ImplicitValueInitExpr, CXXDefaultInitExpr>(Init) &&
          !(Construct && Construct->getNumArgs() == 0))
        Fields[Field->getName()] = Init;
    }
    define(*Def, List, nullptr, {}, nullptr, &Fields);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    llvm::ArrayRef<const Expr *> Args(Construct->getArgs(),
                                      Construct->getNumArgs());
    if (const MetricGroup *G =
            Facts.api().metricGroupBy(Construct->getConstructor()))
      openGroup(*G, Args);
    record(Construct, Construct->getConstructor(), Args, nullptr);
    return true;
  }
  // What holds a definition's result, for the samples made on it later.
  bool VisitVarDecl(VarDecl *Var) {
    addHolder(Var, Var->getInit());
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *Ctor) {
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isMemberInitializer())
        addHolder(Init->getMember(), Init->getInit());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign) {
      addHolder(namedHolder(B->getLHS()), B->getRHS());
      noteFieldAssignment(B->getLHS(), B->getRHS(), B);
    }
    return true;
  }

  /// Definitions by `type` whose fields are assigned one by one
  /// (`f.name = "x"; f.type = MetricType::Counter;`): each assignment of
  /// the name field defines a metric of the object assigned to, with what
  /// its other fields are given before the object's next name.
  void addAssignedDefinitions() {
    struct Pending {
      const MetricDefinition *Def;
      const Expr *At;
      llvm::StringMap<const Expr *> Fields;
    };
    // Per object, in source order: the fields given so far, and the
    // definition its last name assignment opened.
    std::map<std::pair<const Decl *, std::string>,
             std::pair<llvm::StringMap<const Expr *>, std::optional<Pending>>>
        Objects;
    auto Flush = [&](std::optional<Pending> &P) {
      if (P)
        define(*P->Def, P->At, nullptr, {}, nullptr, &P->Fields);
      P.reset();
    };
    for (const FieldAssignment &A : FieldAssignments) {
      auto &[Given, Open] = Objects[{A.Function, A.Object}];
      Given[A.Field] = A.Value;
      if (A.Def->Name.From == MetricField::Field &&
          A.Field == A.Def->Name.Method) {
        Flush(Open);
        Open = Pending{A.Def, A.At, Given};
      } else if (Open) {
        Open->Fields[A.Field] = A.Value;
      }
    }
    for (auto &[Key, State] : Objects)
      Flush(State.second);
  }

  /// Labels of samples, once every definition and holder is known (a
  /// sample may come first in the file). A sample on a global or a field
  /// that holds no definition of this TU goes to \p Held.
  void addSamples(std::vector<HeldSample> *Held) {
    llvm::DenseMap<const Decl *, size_t> HolderOf;
    for (const auto &[Holder, Init] : Holders)
      if (std::optional<size_t> I = definitionIn(Init)) {
        HolderOf.try_emplace(Holder->getCanonicalDecl(), *I);
        std::string Key = holderKey(Holder);
        std::vector<std::string> &HeldBy = Out[*I].Record.HeldBy;
        if (!Key.empty() && !llvm::is_contained(HeldBy, Key))
          HeldBy.push_back(Key);
      }
    for (const PendingSample &P : Samples) {
      const Expr *Object = heldObject(P.Object);
      std::optional<size_t> I = definitionIn(Object, /*Depth=*/7);
      const ValueDecl *Holder = I ? nullptr : namedHolder(Object);
      if (Holder)
        if (auto It = HolderOf.find(Holder->getCanonicalDecl());
            It != HolderOf.end())
          I = It->second;
      if (I) {
        addSampleLabels(Out[*I], *P.Sample, P.Call);
      } else if (std::string Key = holderKey(Holder); Held && !Key.empty()) {
        MetricSite Labels; // no definition: the labels alone
        addSampleLabels(Labels, *P.Sample, P.Call);
        for (MetricLabel &L : Labels.Record.Labels)
          L.File = fileOf(P.Call);
        if (!Labels.Record.Labels.empty())
          Held->push_back({Key, std::move(Labels.Record.Labels)});
      }
    }
  }

  std::vector<MetricSite> Out;

private:
  struct Group {
    std::string Name;
    bool Constant = false;
  };
  struct PendingSample {
    const CallExpr *Call;
    const MetricDefinition::Sample *Sample;
    const Expr *Object;
  };
  struct FieldAssignment {
    const MetricDefinition *Def;
    const Decl *Function; ///< where it is made
    std::string Object;   ///< what is assigned to, as objectKey() names it
    std::string Field;
    const Expr *Value;
    const Expr *At;
  };

  /// The key other TUs name \p Holder by, as ObjectHolders.h spells it:
  /// a global's or a field's; "" for anything else.
  static std::string holderKey(const ValueDecl *Holder) {
    const auto *Var = dyn_cast_or_null<VarDecl>(Holder);
    llvm::StringRef Prefix = Var && Var->hasGlobalStorage() &&
                                     !Var->isStaticLocal()
                                 ? "var:"
                             : isa_and_nonnull<FieldDecl>(Holder) ? "field:"
                                                                  : "";
    llvm::SmallString<128> Usr;
    if (Prefix.empty() ||
        index::generateUSRForDecl(Holder->getCanonicalDecl(), Usr))
      return "";
    return (Prefix + Usr).str();
  }

  /// The absolute file \p E is written in.
  std::string fileOf(const Expr *E) {
    const SourceManager &SM = Ctx.getSourceManager();
    return absolutePath(
        SM, SM.getFileID(SM.getExpansionLoc(E->getBeginLoc())));
  }

  /// What names the object \p Base is: its variable (a reference
  /// included) or field, else its text (`families.back()`), which the
  /// enclosing function qualifies.
  std::string objectKey(const Expr *Base) {
    Base = Base->IgnoreParenImpCasts();
    const ValueDecl *Holder = namedHolder(Base);
    if (!Holder)
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Base))
        Holder = Ref->getDecl();
    if (Holder)
      return "decl:" + std::to_string(reinterpret_cast<uintptr_t>(
                           Holder->getCanonicalDecl()));
    return "text:" + sourceText(Base, Ctx);
  }

  /// Records `object.field = value` when the field is a data member of a
  /// definition's `type`.
  void noteFieldAssignment(const Expr *LHS, const Expr *Value,
                           const Expr *At) {
    const auto *Member = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
    const auto *Field =
        Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
    if (!Field || !Field->getIdentifier())
      return;
    const MetricDefinition *Def = Facts.api().metricDefinedByType(
        dyn_cast<CXXRecordDecl>(Field->getParent()));
    if (Def)
      FieldAssignments.push_back({Def, Function, objectKey(Member->getBase()),
                                  Field->getName().str(), Value, At});
  }

  void addHolder(const ValueDecl *Holder, const Expr *Init) {
    if (Holder && Init)
      Holders.emplace_back(Holder, Init);
  }

  /// The definition \p S is or holds (`&BuildCounter()...Register(r)`,
  /// `std::move(counter)`), searched \p Depth levels down.
  std::optional<size_t> definitionIn(const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 8)
      return std::nullopt;
    if (const auto *E = dyn_cast<Expr>(S))
      if (auto It = DefinitionAt.find(E); It != DefinitionAt.end())
        return It->second;
    for (const Stmt *Child : S->children())
      if (std::optional<size_t> I = definitionIn(Child, Depth + 1))
        return I;
    return std::nullopt;
  }

  /// Marks every call among a group call's arguments as defined in the
  /// group the call names (Seastar's `add_group("http", {...})`).
  void openGroup(const MetricGroup &G, llvm::ArrayRef<const Expr *> Args) {
    if (G.NameArg >= static_cast<int>(Args.size()))
      return;
    Group Named;
    if (std::optional<std::string> S = constantString(Args[G.NameArg], Ctx)) {
      Named.Name = *S;
      Named.Constant = true;
    }
    std::function<void(const Stmt *)> Mark = [&](const Stmt *S) {
      if (!S)
        return;
      if (isa<CallExpr, CXXConstructExpr>(S))
        GroupOf.try_emplace(cast<Expr>(S), Named);
      for (const Stmt *Child : S->children())
        Mark(Child);
    };
    for (int I = 0; I < static_cast<int>(Args.size()); ++I)
      if (I != G.NameArg)
        Mark(Args[I]);
  }

  /// The expression a field of the definition reads, if present.
  const Expr *fieldExpr(const MetricField &F, llvm::ArrayRef<const Expr *> Args,
                        const Expr *Object,
                        const llvm::StringMap<const CXXMemberCallExpr *> &Chain,
                        const llvm::StringMap<const Expr *> *Fields = nullptr) {
    switch (F.From) {
    case MetricField::Field:
      return Fields ? Fields->lookup(F.Method) : nullptr;
    case MetricField::None:
      return nullptr;
    case MetricField::Object:
      return Object;
    case MetricField::Argument: {
      int I = F.Arg < 0 ? static_cast<int>(Args.size()) + F.Arg : F.Arg;
      if (I < 0 || I >= static_cast<int>(Args.size()) ||
          isa<CXXDefaultArgExpr>(Args[I]))
        return nullptr;
      return Args[I];
    }
    case MetricField::Chain: {
      const CXXMemberCallExpr *Call = Chain.lookup(F.Method);
      return Call && Call->getNumArgs() ? Call->getArg(0) : nullptr;
    }
    }
    return nullptr;
  }

  std::string fieldText(const Expr *E) {
    if (!E)
      return "";
    if (std::optional<std::string> S = constantString(E, Ctx))
      return *S;
    return sourceText(E, Ctx);
  }

  /// Adds a label to \p Site; \p At is where the label is written.
  void addLabel(MetricSite &Site, const Expr *Name, const Expr *Value,
                llvm::StringRef Origin, const Expr *At) {
    MetricLabel L;
    L.ConstantName = false; // until a name is seen
    if (Name) {
      std::optional<std::string> N = constantString(Name, Ctx);
      L.Name = N ? *N : sourceText(Name, Ctx);
      L.ConstantName = N.has_value();
    }
    if (Value) {
      std::optional<std::string> V = constantString(Value, Ctx);
      L.Value = V ? *V : sourceText(Value, Ctx);
      L.ConstantValue = V.has_value();
      if (!V)
        L.Unbounded = unboundedLabelSource(Value, Facts.api(), Ctx);
    }
    L.Origin = Origin.str();
    const SourceManager &SM = Ctx.getSourceManager();
    // Where this label is given: a sample's value may be far from the
    // name declared with the metric.
    const Expr *Where = Value ? Value : Name ? Name : At;
    L.Line = SM.getExpansionLineNumber(Where->getBeginLoc());
    Site.Record.Labels.push_back(std::move(L));
    Site.LabelNames.push_back(Name);
    Site.LabelValues.push_back(Value);
  }

  /// `label_instance("k", v)` and `label("k")(v)` among a definition's
  /// arguments (label_makers).
  void addMadeLabels(MetricSite &Site, const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 12)
      return;
    const FunctionDecl *Callee = nullptr;
    llvm::ArrayRef<const Expr *> Args;
    const Expr *Object = nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
      Callee = Op->getDirectCallee();
      Object = Op->getArg(0);
      Args = llvm::ArrayRef(Op->getArgs() + 1, Op->getNumArgs() - 1);
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      Callee = Call->getDirectCallee();
      Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
    } else if (const auto *C = dyn_cast<CXXConstructExpr>(S)) {
      Callee = C->getConstructor();
      Args = llvm::ArrayRef(C->getArgs(), C->getNumArgs());
    }
    if (const LabelMaker *L = Facts.api().labelMakerBy(Callee)) {
      const Expr *Name = L->NameArg < 0 ? labelObjectName(Object)
                         : L->NameArg < static_cast<int>(Args.size())
                             ? Args[L->NameArg]
                             : nullptr;
      const Expr *Value = L->ValueArg < static_cast<int>(Args.size())
                              ? Args[L->ValueArg]
                              : nullptr;
      addLabel(Site, Name, Value, "declared", cast<Expr>(S));
      return;
    }
    for (const Stmt *Child : S->children())
      addMadeLabels(Site, Child, Depth + 1);
  }

  /// The name a label object was made with: `label("k")`, or a variable
  /// initialised so.
  const Expr *labelObjectName(const Expr *Object) {
    const Expr *E = unwrapString(Object);
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        E = Var->getInit() ? unwrapString(Var->getInit()) : nullptr;
    // unwrapString looks through a one-argument construction already.
    if (E && constantString(E, Ctx))
      return E;
    if (const auto *C = dyn_cast_or_null<CXXConstructExpr>(E);
        C && C->getNumArgs() > 0)
      return C->getArg(0);
    return nullptr;
  }

  void addSampleLabels(MetricSite &Site, const MetricDefinition::Sample &S,
                       const CallExpr *Call) {
    llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
    llvm::StringMap<const CXXMemberCallExpr *> NoChain;
    if (const Expr *Labels =
            throughLocal(fieldExpr(S.Labels, Args, nullptr, NoChain))) {
      std::vector<std::pair<const Expr *, const Expr *>> Pairs;
      collectLabelPairs(Labels, Ctx, Pairs);
      for (const auto &[Name, Value] : Pairs)
        addLabel(Site, Name, Value, "sample", Call);
    }
    // Values in the order of the label names declared with the metric.
    if (const Expr *Values =
            throughLocal(fieldExpr(S.Values, Args, nullptr, NoChain))) {
      std::vector<const Expr *> Items;
      collectListItems(Values, Items);
      std::vector<const Expr *> Declared;
      for (size_t I = 0; I < Site.Record.Labels.size(); ++I)
        if (Site.Record.Labels[I].Origin == "declared")
          Declared.push_back(Site.LabelNames[I]);
      for (size_t I = 0; I < Items.size() && I < Declared.size(); ++I)
        addLabel(Site, Declared[I], Items[I], "sample", Call);
    }
  }

  void record(const Expr *Call, const FunctionDecl *Callee,
              llvm::ArrayRef<const Expr *> Args, const Expr *Object) {
    if (const MetricDefinition *Def =
            Facts.api().metricDefinedBy(Callee, Args.size()))
      define(*Def, Call, Callee, Args, Object, nullptr);
  }

  /// Records the definition \p Call makes of \p DefRef: a call of
  /// \p Callee with \p Args on \p Object, or an object of its `type`
  /// given \p Fields.
  void define(const MetricDefinition &DefRef, const Expr *Call,
              const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args,
              const Expr *Object,
              const llvm::StringMap<const Expr *> *Fields) {
    const MetricDefinition *Def = &DefRef;
    llvm::StringMap<const CXXMemberCallExpr *> Chain = chainOf(Object);
    auto Read = [&](const MetricField &F) {
      return fieldExpr(F, Args, Object, Chain, Fields);
    };
    MetricSite Site;
    MetricRecord &M = Site.Record;
    const Expr *Name = Read(Def->Name);
    if (!Name)
      return; // a bvar declared without a name is not exposed
    Site.Definition = Def;
    Site.Call = Call;
    Site.NameExpr = Name;
    const Expr *Prefix = Read(Def->Prefix);
    std::optional<std::string> S = constantString(Name, Ctx);
    std::optional<std::string> P =
        Prefix ? constantString(Prefix, Ctx) : std::optional<std::string>("");
    // The pack's word, the enumerator a field is given, or the builder's
    // template argument.
    if (!Def->Kind.empty())
      M.Kind = Def->Kind;
    else if (Def->KindFrom.From != MetricField::None)
      M.Kind = kindFromEnumerator(Read(Def->KindFrom));
    else if (Callee)
      M.Kind = kindFromTemplate(Callee);
    M.Type = prometheusType(*Def, M.Kind);
    Group InGroup{"", true};
    if (auto It = GroupOf.find(Call); It != GroupOf.end())
      InGroup = It->second;
    Site.UnitExpr = Read(Def->Unit);
    // An exporter that appends the unit needs it known, as the name.
    std::optional<std::string> Unit =
        Site.UnitExpr && Def->UnitSuffixes ? constantString(Site.UnitExpr, Ctx)
                                           : std::optional<std::string>("");
    if (S && P) {
      M.Name = P->empty() ? *S : *P + "_" + *S;
      M.ConstantName = true;
      std::string Exposed = droppedSuffix(*Def, *S);
      if (Exposed.empty())
        return; // bvar refuses an empty name: nothing is exposed
      if (InGroup.Constant && Unit)
        M.ExposedName =
            exposedMetricName(*Def, InGroup.Name, *P, Exposed, M.Type, *Unit);
    } else {
      // Run-time text is shown as written, prefix and all, never guessed.
      M.Name = Prefix ? sourceText(Prefix, Ctx) + ", " + sourceText(Name, Ctx)
                      : sourceText(Name, Ctx);
    }
    M.Help = fieldText(Read(Def->Help));
    M.Unit = fieldText(Site.UnitExpr);
    if (const Expr *Dest = Read(Def->LandsIn)) {
      M.LandsIn = sourceText(Dest, Ctx);
      M.LandsIn = llvm::StringRef(M.LandsIn).ltrim("*&").str();
    }
    if (!Def->LabelsMethod.empty())
      if (const CXXMemberCallExpr *Labels = Chain.lookup(Def->LabelsMethod)) {
        for (const Expr *Arg : Labels->arguments())
          collectPairs(Arg, Ctx, M.ConstLabels);
        std::vector<std::pair<const Expr *, const Expr *>> Pairs;
        for (const Expr *Arg : Labels->arguments())
          collectLabelPairs(throughLocal(Arg), Ctx, Pairs);
        for (const auto &[LabelName, Value] : Pairs)
          addLabel(Site, LabelName, Value, "constant", Labels);
      }
    if (const Expr *Names = Read(Def->LabelNames)) {
      std::vector<const Expr *> Items;
      collectListItems(Names, Items);
      for (const Expr *Item : Items)
        addLabel(Site, Item, nullptr, "declared", Item);
    }
    for (const Expr *Arg : Args)
      addMadeLabels(Site, Arg);
    M.Library = Def->Pack;
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation Loc = SM.getExpansionLoc(Call->getBeginLoc());
    M.File = fileOf(Call);
    M.Line = SM.getExpansionLineNumber(Loc);
    SourceLocation NameLoc = SM.getExpansionLoc(Name->getBeginLoc());
    M.NameLine = SM.getExpansionLineNumber(NameLoc);
    M.NameColumn = SM.getExpansionColumnNumber(NameLoc);
    DefinitionAt[Call] = Out.size();
    if (Def->Series.empty()) {
      Out.push_back(std::move(Site));
      return;
    }
    // One row per name a scrape shows (docs/audit.md): each series is
    // queried, linted and compared on its own.
    for (const std::string &Suffix : Def->Series) {
      MetricSite One = Site;
      One.Record.Series = Suffix;
      if (!One.Record.ExposedName.empty())
        One.Record.ExposedName =
            seriesName(*Def, One.Record.ExposedName, Suffix);
      Out.push_back(std::move(One));
    }
  }

  const TUFacts &Facts;
  ASTContext &Ctx;
  llvm::DenseMap<const Expr *, size_t> DefinitionAt;
  llvm::DenseMap<const Expr *, Group> GroupOf;
  std::vector<std::pair<const ValueDecl *, const Expr *>> Holders;
  std::vector<PendingSample> Samples;
  std::vector<FieldAssignment> FieldAssignments;
  const Decl *Function = nullptr; ///< the function being traversed
};

} // namespace

std::vector<MetricSite> collectMetricSites(const TUFacts &Facts,
                                           std::vector<HeldSample> *Held) {
  if (!Facts.api().hasMetricDefinitions())
    return {};
  Collector C(Facts);
  C.TraverseDecl(Facts.context().getTranslationUnitDecl());
  C.addAssignedDefinitions();
  C.addSamples(Held);
  return std::move(C.Out);
}

std::vector<MetricRecord> collectMetrics(const TUFacts &Facts,
                                         std::vector<HeldSample> *Held) {
  std::vector<MetricRecord> Out;
  for (MetricSite &Site : collectMetricSites(Facts, Held))
    Out.push_back(std::move(Site.Record));
  return Out;
}

void linkHeldSamples(std::vector<MetricRecord> &Metrics,
                     llvm::ArrayRef<HeldSample> Held) {
  if (Held.empty())
    return;
  std::map<std::string, std::vector<MetricRecord *>> ByHolder;
  for (MetricRecord &M : Metrics)
    for (const std::string &Key : M.HeldBy)
      ByHolder[Key].push_back(&M);
  auto Same = [](const MetricLabel &A, const MetricLabel &B) {
    return A.Name == B.Name && A.Value == B.Value && A.File == B.File &&
           A.Line == B.Line && A.Origin == B.Origin;
  };
  // A header's sample is seen by every TU that includes it: added once.
  for (const HeldSample &S : Held)
    if (auto It = ByHolder.find(S.Holder); It != ByHolder.end())
      for (MetricRecord *M : It->second)
        for (const MetricLabel &L : S.Labels)
          if (llvm::none_of(M->Labels, [&](const MetricLabel &Have) {
                return Same(Have, L);
              }))
            M->Labels.push_back(L);
}

void to_json(nlohmann::json &J, const HeldSample &S) {
  J = {{"holder", S.Holder}, {"labels", S.Labels}};
}

void from_json(const nlohmann::json &J, HeldSample &S) {
  S.Holder = J.at("holder").get<std::string>();
  S.Labels = J.at("labels").get<std::vector<MetricLabel>>();
}

std::vector<std::string> MetricRecord::labelNames() const {
  std::vector<std::string> Names;
  for (const MetricLabel &L : Labels)
    if (L.ConstantName && !llvm::is_contained(Names, L.Name))
      Names.push_back(L.Name);
  llvm::sort(Names);
  return Names;
}

void to_json(nlohmann::json &J, const MetricLabel &L) {
  J = {{"name", L.Name},          {"constant_name", L.ConstantName},
       {"value", L.Value},        {"constant_value", L.ConstantValue},
       {"origin", L.Origin},      {"unbounded", L.Unbounded},
       {"line", L.Line},          {"file", L.File}};
}

void from_json(const nlohmann::json &J, MetricLabel &L) {
  L.Name = J.at("name").get<std::string>();
  L.ConstantName = J.at("constant_name").get<bool>();
  L.Value = J.at("value").get<std::string>();
  L.ConstantValue = J.at("constant_value").get<bool>();
  L.Origin = J.at("origin").get<std::string>();
  L.Unbounded = J.at("unbounded").get<std::string>();
  L.Line = static_cast<unsigned>(jsonInteger(J.at("line"), 0, 1 << 30));
  L.File = J.at("file").get<std::string>();
}

void to_json(nlohmann::json &J, const MetricRecord &M) {
  J = {{"name", M.Name},       {"constant", M.ConstantName},
       {"kind", M.Kind},       {"help", M.Help},
       {"unit", M.Unit},       {"labels", M.ConstLabels},
       {"lands_in", M.LandsIn}, {"library", M.Library},
       {"file", M.File},       {"line", M.Line},
       {"exposed_name", M.ExposedName}, {"type", M.Type},
       {"all_labels", M.Labels}, {"name_line", M.NameLine},
       {"name_column", M.NameColumn}, {"series", M.Series},
       {"held_by", M.HeldBy}};
}

void from_json(const nlohmann::json &J, MetricRecord &M) {
  M.Name = J.at("name").get<std::string>();
  M.ConstantName = J.at("constant").get<bool>();
  M.Kind = J.at("kind").get<std::string>();
  M.Help = J.at("help").get<std::string>();
  M.Unit = J.at("unit").get<std::string>();
  M.ConstLabels =
      J.at("labels").get<std::vector<std::pair<std::string, std::string>>>();
  M.LandsIn = J.at("lands_in").get<std::string>();
  M.Library = J.at("library").get<std::string>();
  M.File = J.at("file").get<std::string>();
  // Checked like every number of an index entry (JsonSafety.h).
  M.Line = static_cast<unsigned>(jsonInteger(J.at("line"), 0, 1 << 30));
  M.ExposedName = J.at("exposed_name").get<std::string>();
  M.Type = J.at("type").get<std::string>();
  M.Labels = J.at("all_labels").get<std::vector<MetricLabel>>();
  M.NameLine =
      static_cast<unsigned>(jsonInteger(J.at("name_line"), 0, 1 << 30));
  M.NameColumn =
      static_cast<unsigned>(jsonInteger(J.at("name_column"), 0, 1 << 30));
  M.Series = J.at("series").get<std::string>();
  M.HeldBy = J.at("held_by").get<std::vector<std::string>>();
}

} // namespace metrics_init_check
