//===--- Decisions.h - The decisions metrics-env-conditional-init weighs -*- C++ -*-===//
//
// A decision is an if/else-if chain (as one), a switch or a conditional
// operator; its outcomes are where each way it can go starts in the CFG,
// with the code that way owns. What makes a decision environmental is
// EnvDependence's; what its outcomes do is the rule's.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_ENV_DECISIONS_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_ENV_DECISIONS_H

#include "PathSearch.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

#include <string>
#include <vector>

namespace metrics_init_check {
namespace env_decisions {

using namespace clang;

/// One way a decision can go: a branch of an if/else-if chain, a case of a
/// switch, an arm of `?:`.
struct Outcome {
  const CFGBlock *Start = nullptr;
  const Stmt *Body = nullptr; ///< null for a missing `else`/`default`
  std::string Label;          ///< "when 'x' is true", "for 'case kProd'"
  SourceRange Where;          ///< what a reader should look at
  PathOutcome Paths;
  /// The outcome's own code (a branch, the statements of a case, an arm);
  /// empty for a missing else or default.
  SourceRange Own;
};

/// A statement that picks between outcomes: an if/else-if chain (as one
/// decision), a switch, or a conditional operator.
struct Decision {
  const Stmt *Head = nullptr;
  llvm::SmallVector<const Expr *, 4> Conditions;
  std::vector<Outcome> Outcomes;
};

/// The conditions a decision tests (each link of an else-if chain) and
/// the values a switch compares its condition with.
void conditionsOf(const Stmt *Head, llvm::SmallVectorImpl<const Expr *> &Conditions,
                  llvm::SmallVectorImpl<const Expr *> &CaseValues);

/// Fills in the conditions and outcomes of \p Head from the CFG of \p FD;
/// false when the CFG does not have them.
bool describeDecision(const TUFacts &Facts, const FunctionDecl *FD,
                      const Stmt *Head, Decision &D);

/// Collects the decisions of one function body. Lambdas are their own
/// functions and are analysed separately.
class DecisionCollector : public RecursiveASTVisitor<DecisionCollector> {
public:
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  bool VisitIfStmt(IfStmt *If) {
    if (ElseIfs.count(If) || If->isConstexpr() || If->isConsteval())
      return true;
    for (const IfStmt *Link = If; Link;
         Link = dyn_cast_or_null<IfStmt>(Link->getElse()))
      if (const auto *Next = dyn_cast_or_null<IfStmt>(Link->getElse()))
        ElseIfs.insert(Next);
    Found.push_back(If);
    return true;
  }
  bool VisitSwitchStmt(SwitchStmt *S) {
    Found.push_back(S);
    return true;
  }
  bool VisitConditionalOperator(ConditionalOperator *C) {
    Found.push_back(C);
    return true;
  }

  std::vector<const Stmt *> Found;

private:
  llvm::SmallPtrSet<const IfStmt *, 8> ElseIfs;
};

} // namespace env_decisions
} // namespace metrics_init_check

#endif
