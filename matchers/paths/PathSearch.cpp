//===--- PathSearch.cpp - Paths to serving, with and without init ----------===//

#include "PathSearch.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"

namespace metrics_init_check {

using namespace clang;

namespace {
/// Bounds the work one question may take, so a huge function cannot stall
/// a TU. Hitting it marks the answer incomplete (and the rule stays quiet).
constexpr unsigned MaxVisitedPoints = 20000;
/// How many callers up a path is followed before it counts as serving.
constexpr unsigned MaxCallerDepth = 6;

struct Point {
  const FunctionDecl *FD;
  const CFGBlock *Block;
  unsigned Index;
  unsigned Depth;
  std::vector<PathStep> Steps;
};
} // namespace

bool PathSearch::isFailureReturn(const FunctionDecl *FD,
                                 const ReturnStmt *R) const {
  const Expr *Value = R->getRetValue();
  if (!Value)
    return false;
  Value = Value->IgnoreParenImpCasts();
  ASTContext &Ctx = Facts.context();
  if (Value->getType()->isNullPtrType() ||
      (Value->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) &&
       Value->getType()->isPointerType()))
    return true;
  Expr::EvalResult Result;
  if (!Value->isValueDependent() && Value->EvaluateAsRValue(Result, Ctx) &&
      Result.Val.isInt()) {
    const llvm::APSInt &V = Result.Val.getInt();
    // main and int-returning helpers: non-zero is failure; bool helpers:
    // false is failure.
    if (FD->getReturnType()->isBooleanType())
      return V.isZero();
    return !V.isZero();
  }
  // return absl::InternalError(...), return Status::Error(...)
  if (const FunctionDecl *Callee = calleeOf(Value))
    if (Callee->getIdentifier() && (Callee->getName().contains("Error") ||
                                    Callee->getName().contains("Fail")))
      return true;
  return false;
}

PathOutcome PathSearch::from(const FunctionDecl *FD, const CFGBlock *Block,
                             unsigned Index, RoleMask Roles) const {
  PathOutcome Out;
  llvm::DenseSet<std::pair<const CFGBlock *, unsigned>> Visited;
  std::vector<Point> Work;
  Work.push_back({FD, Block, Index, 0, {}});
  unsigned Budget = MaxVisitedPoints;

  auto Skip = [&](std::vector<PathStep> Steps) {
    if (!Out.Skips)
      Out.SkipPath = std::move(Steps);
    Out.Skips = true;
  };

  while (!Work.empty()) {
    Point P = std::move(Work.back());
    Work.pop_back();
    if (!P.Block || !Visited.insert({P.Block, P.Index}).second)
      continue;
    ++Out.Visited;
    if (--Budget == 0) {
      Out.Incomplete = true;
      break;
    }
    bool Ended = false;
    for (unsigned I = P.Index; I < P.Block->size() && !Ended; ++I) {
      auto Element = (*P.Block)[I].getAs<CFGStmt>();
      if (!Element)
        continue;
      const Stmt *S = Element->getStmt();
      if (const auto *R = dyn_cast<ReturnStmt>(S)) {
        if (isFailureReturn(P.FD, R))
          Ended = true;
        continue;
      }
      if (isa<CXXThrowExpr>(S)) {
        Ended = true;
        continue;
      }
      Effect E = Facts.effectOf(S, Roles);
      switch (E.Kind) {
      case EffectKind::None:
        break;
      case EffectKind::Exit:
        Ended = true;
        break;
      case EffectKind::Init:
        if (!Out.Inits) {
          Out.FirstInit = S;
          Out.InitEffect = E;
        }
        Out.Inits = true;
        Out.InitSites.push_back(S);
        Ended = true;
        break;
      case EffectKind::Serve: {
        std::vector<PathStep> Steps = P.Steps;
        Steps.push_back({S, nullptr, "serves here: " + Facts.describe(E)});
        Skip(std::move(Steps));
        Ended = true;
        break;
      }
      }
    }
    if (Ended)
      continue;

    const CFG &Graph = *Facts.cfg(P.FD)->Graph;
    if (P.Block == &Graph.getExit()) {
      // Returned normally: the callers go on from after their call.
      llvm::ArrayRef<CallSite> Callers = Facts.callersOf(P.FD);
      bool Continued = false;
      if (P.Depth < MaxCallerDepth) {
        for (const CallSite &Site : Callers) {
          const FunctionCFG *CallerCFG = Facts.cfg(Site.Caller);
          if (!CallerCFG)
            continue;
          auto It = CallerCFG->Elements.find(Site.Call);
          if (It == CallerCFG->Elements.end())
            continue;
          std::vector<PathStep> Steps = P.Steps;
          Steps.push_back({Site.Call, nullptr,
                           "returns to its caller here, which goes on"});
          Work.push_back({Site.Caller, It->second.first, It->second.second + 1,
                          P.Depth + 1, std::move(Steps)});
          Continued = true;
        }
      }
      // A root that serves on some other path (main with its server loop)
      // and returns here has stopped, not served: `--version`, a dry run.
      if (!Continued && Callers.empty() && Facts.reachesServe(P.FD))
        continue;
      if (!Continued) {
        std::vector<PathStep> Steps = P.Steps;
        Steps.push_back(
            {nullptr, P.FD,
             P.FD->isMain()
                 ? "'main' runs to completion without metrics"
                 : "returns to callers outside this translation unit "
                   "without having initialised metrics"});
        Skip(std::move(Steps));
      }
      continue;
    }
    for (const CFGBlock::AdjacentBlock &Succ : P.Block->succs())
      if (const CFGBlock *Next = Succ.getReachableBlock())
        Work.push_back({P.FD, Next, 0, P.Depth, P.Steps});
  }
  return Out;
}

bool PathSearch::initsIn(const CFGBlock *Block, unsigned End,
                         RoleMask Roles) const {
  for (unsigned I = 0; I < End && I < Block->size(); ++I)
    if (auto S = (*Block)[I].getAs<CFGStmt>())
      if (Facts.effectOf(S->getStmt(), Roles).Kind == EffectKind::Init)
        return true;
  return false;
}

bool PathSearch::initialisedBefore(const FunctionDecl *FD,
                                   const CFGBlock *Block,
                                   RoleMask Roles) const {
  // Everything in the decision's own block runs before the branch.
  return initsIn(Block, Block->size(), Roles) ||
         initialisedBefore(FD, Block, Roles, 0);
}

bool PathSearch::initialisedBefore(const FunctionDecl *FD,
                                   const CFGBlock *Start, RoleMask Roles,
                                   unsigned Depth) const {
  const FunctionCFG *G = Facts.cfg(FD);
  if (!G)
    return false;
  auto HasInit = [&](const CFGBlock *B) {
    return initsIn(B, B->size(), Roles);
  };
  // Walk backwards from Start; a path to the entry that meets no init
  // means metrics may not be initialised yet.
  // Start's own elements were looked at by the caller of this function: up
  // to the call site when following callers, all of them for a decision.
  llvm::DenseSet<const CFGBlock *> Visited;
  std::vector<const CFGBlock *> Work(Start->pred_begin(), Start->pred_end());
  bool ReachedEntry = Start == &G->Graph->getEntry();
  unsigned Budget = MaxVisitedPoints;
  while (!Work.empty() && !ReachedEntry) {
    const CFGBlock *B = Work.back();
    Work.pop_back();
    if (!B || !Visited.insert(B).second)
      continue;
    if (--Budget == 0)
      return false;
    if (HasInit(B))
      continue;
    if (B == &G->Graph->getEntry()) {
      ReachedEntry = true;
      break;
    }
    Work.insert(Work.end(), B->pred_begin(), B->pred_end());
  }
  if (!ReachedEntry)
    return true;
  // FD's own entry is reachable without init: only its callers can have
  // initialised before calling it.
  llvm::ArrayRef<CallSite> Callers = Facts.callersOf(FD);
  if (Callers.empty() || Depth >= MaxCallerDepth)
    return false;
  for (const CallSite &Site : Callers) {
    const FunctionCFG *CallerCFG = Facts.cfg(Site.Caller);
    if (!CallerCFG)
      return false;
    auto It = CallerCFG->Elements.find(Site.Call);
    if (It == CallerCFG->Elements.end())
      return false;
    const CFGBlock *B = It->second.first;
    // An init earlier in the same block counts.
    if (!initsIn(B, It->second.second, Roles) &&
        !initialisedBefore(Site.Caller, B, Roles, Depth + 1))
      return false;
  }
  return true;
}

} // namespace metrics_init_check
