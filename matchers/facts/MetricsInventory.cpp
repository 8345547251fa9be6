//===--- MetricsInventory.cpp - The metrics a TU defines ------------------===//

#include "MetricsInventory.h"
#include "ApiModel.h"
#include "JsonSafety.h"
#include "TUFacts.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

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

/// (name, value) pairs of constant strings anywhere in \p E: the
/// initializer list `{{"region", "eu"}}` of a label map.
void collectPairs(const Stmt *S, ASTContext &Ctx,
                  std::vector<std::pair<std::string, std::string>> &Out) {
  if (!S)
    return;
  const Expr *E = dyn_cast<Expr>(S);
  llvm::SmallVector<const Expr *, 2> Two;
  if (const auto *Init = E ? dyn_cast<InitListExpr>(E->IgnoreImplicit())
                           : nullptr;
      Init && Init->getNumInits() == 2)
    Two = {Init->getInit(0), Init->getInit(1)};
  else if (const auto *C = E ? dyn_cast<CXXConstructExpr>(E->IgnoreImplicit())
                             : nullptr;
           C && C->getNumArgs() == 2)
    Two = {C->getArg(0), C->getArg(1)};
  if (Two.size() == 2) {
    std::optional<std::string> K = constantString(Two[0], Ctx);
    std::optional<std::string> V = constantString(Two[1], Ctx);
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
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitCallExpr(CallExpr *Call) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    record(Call, Call->getDirectCallee(),
           llvm::ArrayRef(Call->getArgs(), Call->getNumArgs()),
           Member ? Member->getImplicitObjectArgument() : nullptr);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    record(Construct, Construct->getConstructor(),
           llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs()),
           nullptr);
    return true;
  }

  std::vector<MetricRecord> Out;

private:
  /// The expression a field of the definition reads, if present.
  const Expr *fieldExpr(const MetricField &F, llvm::ArrayRef<const Expr *> Args,
                        const Expr *Object,
                        const llvm::StringMap<const CXXMemberCallExpr *> &Chain) {
    switch (F.From) {
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

  void record(const Expr *Call, const FunctionDecl *Callee,
              llvm::ArrayRef<const Expr *> Args, const Expr *Object) {
    const MetricDefinition *Def =
        Facts.api().metricDefinedBy(Callee, Args.size());
    if (!Def)
      return;
    llvm::StringMap<const CXXMemberCallExpr *> Chain = chainOf(Object);
    MetricRecord M;
    const Expr *Name = fieldExpr(Def->Name, Args, Object, Chain);
    if (!Name)
      return; // a bvar declared without a name is not exposed
    const Expr *Prefix = fieldExpr(Def->Prefix, Args, Object, Chain);
    std::optional<std::string> S = constantString(Name, Ctx);
    std::optional<std::string> P =
        Prefix ? constantString(Prefix, Ctx) : std::optional<std::string>("");
    if (S && P) {
      M.Name = P->empty() ? *S : *P + "_" + *S;
      M.ConstantName = true;
    } else {
      // Run-time text is shown as written, prefix and all, never guessed.
      M.Name = Prefix ? sourceText(Prefix, Ctx) + ", " + sourceText(Name, Ctx)
                      : sourceText(Name, Ctx);
    }
    M.Kind = Def->Kind.empty() ? kindFromTemplate(Callee) : Def->Kind;
    M.Help = fieldText(fieldExpr(Def->Help, Args, Object, Chain));
    M.Unit = fieldText(fieldExpr(Def->Unit, Args, Object, Chain));
    if (const Expr *Dest = fieldExpr(Def->LandsIn, Args, Object, Chain)) {
      M.LandsIn = sourceText(Dest, Ctx);
      M.LandsIn = llvm::StringRef(M.LandsIn).ltrim("*&").str();
    }
    if (!Def->LabelsMethod.empty())
      if (const CXXMemberCallExpr *Labels = Chain.lookup(Def->LabelsMethod))
        for (const Expr *Arg : Labels->arguments())
          collectPairs(Arg, Ctx, M.ConstLabels);
    M.Library = Def->Pack;
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation Loc = SM.getExpansionLoc(Call->getBeginLoc());
    if (OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Loc))) {
      llvm::SmallString<256> Path(File->getName());
      SM.getFileManager().makeAbsolutePath(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      M.File = std::string(Path);
    }
    M.Line = SM.getExpansionLineNumber(Loc);
    Out.push_back(std::move(M));
  }

  const TUFacts &Facts;
  ASTContext &Ctx;
};

} // namespace

std::vector<MetricRecord> collectMetrics(const TUFacts &Facts) {
  if (!Facts.api().hasMetricDefinitions())
    return {};
  Collector C(Facts);
  C.TraverseDecl(Facts.context().getTranslationUnitDecl());
  return std::move(C.Out);
}

void to_json(nlohmann::json &J, const MetricRecord &M) {
  J = {{"name", M.Name},       {"constant", M.ConstantName},
       {"kind", M.Kind},       {"help", M.Help},
       {"unit", M.Unit},       {"labels", M.ConstLabels},
       {"lands_in", M.LandsIn}, {"library", M.Library},
       {"file", M.File},       {"line", M.Line}};
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
}

} // namespace metrics_init_check
