//===--- ConstexprConfigurations.cpp - `if constexpr` on a build macro -----===//
//
// Part of metrics-preprocessor-conditional-init. A constant defined
// differently under #if / #else and tested with `if constexpr` decides the
// build configuration as surely as the #if itself:
//
//   #ifndef NDEBUG
//   constexpr bool kDebugMetrics = true;
//   #else
//   constexpr bool kDebugMetrics = false;
//   #endif
//   if constexpr (kDebugMetrics) StartExposer();   // release: no metrics
//
// Both branches of an `if constexpr` outside a template are in the AST,
// so what each sets up is known from the TU's facts.
//
//===----------------------------------------------------------------------===//

#include "PreprocessorConditionalInit.h"
#include "SourceText.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// The first call in \p S that sets up metrics (any stage), or null.
const Stmt *firstSetUp(const TUFacts &Facts, const Stmt *S) {
  if (!S)
    return nullptr;
  if (isa<CallExpr, CXXConstructExpr, CXXNewExpr>(S))
    if (Facts.effectOf(S).Kind == EffectKind::Init)
      return S;
  if (isa<LambdaExpr>(S))
    return nullptr;
  for (const Stmt *Child : S->children())
    if (const Stmt *Found = firstSetUp(Facts, Child))
      return Found;
  return nullptr;
}

/// The branch of a conditional block that \p Loc lies in.
const ConditionalBranch *branchAt(const PreprocessorLog &Log,
                                  const SourceManager &SM, SourceLocation Loc,
                                  const ConditionalBlock *&Block) {
  Loc = SM.getExpansionLoc(Loc);
  for (const ConditionalBlock &B : Log.blocks()) {
    if (B.IncludeGuard)
      continue;
    for (const ConditionalBranch &Br : B.Branches) {
      if (Br.Implicit || Br.Begin.isInvalid() || Br.End.isInvalid() ||
          SM.getFileID(Br.Begin) != SM.getFileID(Loc))
        continue;
      unsigned At = SM.getFileOffset(Loc);
      if (SM.getFileOffset(Br.Begin) <= At && At < SM.getFileOffset(Br.End)) {
        Block = &B;
        return &Br;
      }
    }
  }
  return nullptr;
}

class ConstexprIfs : public RecursiveASTVisitor<ConstexprIfs> {
public:
  std::vector<const IfStmt *> Found;
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitIfStmt(IfStmt *If) {
    if (If->isConstexpr())
      Found.push_back(If);
    return true;
  }
};

} // namespace

void reportConstexprConfigurations(const TUFacts &Facts,
                                   const PreprocessorLog &Log,
                                   PreprocessorConditionalInit::Options Opts,
                                   const FindingSink &Sink) {
  ASTContext &Ctx = Facts.context();
  const SourceManager &SM = Ctx.getSourceManager();
  for (const FunctionDecl *FD : Facts.ownFunctions()) {
    if (!FD->getBody() || FD->isDependentContext())
      continue;
    ConstexprIfs Ifs;
    Ifs.TraverseStmt(FD->getBody());
    for (const IfStmt *If : Ifs.Found) {
      // A constant of the TU defined inside a preprocessor branch.
      const VarDecl *Constant = nullptr;
      const ConditionalBranch *Br = nullptr;
      const ConditionalBlock *Block = nullptr;
      llvm::SmallVector<const Stmt *, 8> Work{If->getCond()};
      while (!Work.empty() && !Br) {
        const Stmt *S = Work.pop_back_val();
        if (!S)
          continue;
        if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
          if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
            if (VD->isConstexpr() && Facts.isOwnCode(VD->getLocation()))
              if ((Br = branchAt(Log, SM, VD->getLocation(), Block)))
                Constant = VD;
        for (const Stmt *Child : S->children())
          Work.push_back(Child);
      }
      if (!Br)
        continue;
      const Stmt *Then = firstSetUp(Facts, If->getThen());
      const Stmt *Else = firstSetUp(Facts, If->getElse());
      if (!Then == !Else)
        continue;
      const Stmt *Site = Then ? Then : Else;
      // An explicit metrics feature macro is often deliberate: note level,
      // as for the #if itself.
      bool Feature = llvm::any_of(Block->Macros, [&](const std::string &M) {
        return Facts.api().namesMetricsSwitch(M);
      });
      Level Severity = Feature ? Opts.FeatureMacroSeverity : Opts.Severity;
      if (Severity == Level::None)
        continue;
      // Named by the block's first directive, so that every configuration
      // gives the same message.
      const std::string &Directive = Block->Branches.front().DirectiveText;
      Finding F;
      F.RuleId = PreprocessorConditionalInit::Id.str();
      F.Severity = Severity;
      F.Range = spelledRange(Ctx, Site);
      std::string Cond = spelling(Ctx, spelledRange(Ctx, If->getCond()), 40);
      F.Message = "metrics are set up only in some build configurations: '" +
                  spelling(Ctx, F.Range, 60) + "' runs only when 'if constexpr (" +
                  Cond + ")' is " + (Then ? "true" : "false") + ", and '" +
                  Constant->getName().str() + "' is set by '" + Directive +
                  "'";
      if (llvm::is_contained(Block->Macros, "NDEBUG"))
        F.Message += " (release builds define NDEBUG)";
      F.Related.push_back({spelledRange(Ctx, If->getCond()),
                           "decided at compile time by '" +
                               Constant->getName().str() + "'"});
      F.Related.push_back({SourceRange(Constant->getLocation()),
                           "'" + Constant->getName().str() +
                               "' is defined here, under '" +
                               Br->DirectiveText + "'"});
      Sink(std::move(F));
    }
  }
}

} // namespace metrics_init_check
