//===--- Decisions.cpp - The decisions metrics-env-conditional-init weighs -===//

#include "Decisions.h"
#include "SourceText.h"

#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

namespace metrics_init_check {
namespace env_decisions {

/// The conditions a decision tests (each link of an else-if chain) and
/// the values a switch compares its condition with.
void conditionsOf(const Stmt *Head, llvm::SmallVectorImpl<const Expr *> &Conditions,
                  llvm::SmallVectorImpl<const Expr *> &CaseValues) {
  if (const auto *If = dyn_cast<IfStmt>(Head)) {
    for (const IfStmt *Link = If; Link;
         Link = dyn_cast_or_null<IfStmt>(Link->getElse()))
      Conditions.push_back(Link->getCond());
  } else if (const auto *Switch = dyn_cast<SwitchStmt>(Head)) {
    Conditions.push_back(Switch->getCond());
    for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case;
         Case = Case->getNextSwitchCase())
      if (const auto *C = dyn_cast<CaseStmt>(Case))
        CaseValues.push_back(C->getLHS());
  } else if (const auto *Cond = dyn_cast<ConditionalOperator>(Head)) {
    Conditions.push_back(Cond->getCond());
  }
}

bool describeDecision(const TUFacts &Facts, const FunctionDecl *FD,
                      const Stmt *Head, Decision &D) {
  ASTContext &Ctx = Facts.context();
  auto text = [&](SourceRange R) { return spelling(Ctx, R, 60); };
  const FunctionCFG *G = Facts.cfg(FD);
  if (!G)
    return false;
  auto BlockOf = [&](const Stmt *S) -> const CFGBlock * {
    auto It = G->Terminators.find(S);
    return It == G->Terminators.end() ? nullptr : It->second;
  };
  auto Succ = [](const CFGBlock *B, unsigned I) -> const CFGBlock * {
    if (!B || B->succ_size() <= I)
      return nullptr;
    return B->succs().begin()[I].getReachableBlock();
  };
  D.Head = Head;
  if (const auto *If = dyn_cast<IfStmt>(Head)) {
    const IfStmt *Link = If;
    unsigned Links = 0;
    for (; Link; Link = dyn_cast_or_null<IfStmt>(Link->getElse())) {
      const CFGBlock *B = BlockOf(Link);
      if (!B)
        return false;
      D.Outcomes.push_back({Succ(B, 0), Link->getThen(),
                            "when '" + text(Link->getCond()->getSourceRange()) +
                                "' is true",
                            Link->getThen()->getSourceRange(), {},
                            Link->getThen()->getSourceRange()});
      ++Links;
      const Stmt *Else = Link->getElse();
      if (!Else || !isa<IfStmt>(Else)) {
        SourceRange Where =
            Else ? Else->getSourceRange()
                 : SourceRange(Link->getEndLoc(), Link->getEndLoc());
        D.Outcomes.push_back(
            {Succ(B, 1), Else,
             Links == 1 ? "when it is false" : "when none of them is true",
             Where, {}, Else ? Else->getSourceRange() : SourceRange()});
        break;
      }
    }
    return true;
  }
  if (const auto *Switch = dyn_cast<SwitchStmt>(Head)) {
    const CFGBlock *B = BlockOf(Switch);
    if (!B)
      return false;
    bool HasDefault = false;
    for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case;
         Case = Case->getNextSwitchCase())
      HasDefault |= isa<DefaultStmt>(Case);
    llvm::SmallPtrSet<const CFGBlock *, 8> Seen;
    unsigned Index = 0, Count = B->succ_size();
    for (const CFGBlock::AdjacentBlock &Adj : B->succs()) {
      bool Last = ++Index == Count;
      const CFGBlock *Start = Adj.getReachableBlock();
      if (!Start || !Seen.insert(Start).second)
        continue;
      const Stmt *Label = Start->getLabel();
      if (const auto *Case = dyn_cast_or_null<CaseStmt>(Label)) {
        D.Outcomes.push_back(
            {Start, Case,
             "for 'case " + text(Case->getLHS()->getSourceRange()) + "'",
             Case->getBeginLoc(), {}, {}});
      } else if (isa_and_nonnull<DefaultStmt>(Label)) {
        D.Outcomes.push_back(
            {Start, Label, "for 'default'", Label->getBeginLoc(), {}, {}});
      } else if (Last && !HasDefault) {
        D.Outcomes.push_back({Start, nullptr, "when no case matches",
                              Switch->getEndLoc(), {}, {}});
      }
    }
    // A case owns its statements up to the next label.
    std::vector<SourceLocation> Labels;
    for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case;
         Case = Case->getNextSwitchCase())
      Labels.push_back(Case->getBeginLoc());
    const SourceManager &SM = Ctx.getSourceManager();
    for (Outcome &O : D.Outcomes) {
      if (!O.Body)
        continue;
      SourceLocation Begin = O.Body->getBeginLoc(), End = Switch->getEndLoc();
      for (SourceLocation L : Labels)
        if (SM.isBeforeInTranslationUnit(Begin, L) &&
            SM.isBeforeInTranslationUnit(L, End))
          End = L;
      O.Own = SourceRange(Begin, End);
    }
    return true;
  }
  if (const auto *Cond = dyn_cast<ConditionalOperator>(Head)) {
    const CFGBlock *B = BlockOf(Cond);
    if (!B)
      return false;
    D.Outcomes.push_back({Succ(B, 0), Cond->getTrueExpr(),
                          "when '" + text(Cond->getCond()->getSourceRange()) +
                              "' is true",
                          Cond->getTrueExpr()->getSourceRange(), {},
                          Cond->getTrueExpr()->getSourceRange()});
    D.Outcomes.push_back({Succ(B, 1), Cond->getFalseExpr(),
                          "when it is false",
                          Cond->getFalseExpr()->getSourceRange(), {},
                          Cond->getFalseExpr()->getSourceRange()});
    return true;
  }
  return false;
}

} // namespace env_decisions
} // namespace metrics_init_check
