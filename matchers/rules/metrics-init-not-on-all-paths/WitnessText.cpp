//===--- WitnessText.cpp - A skipping path, in words ----------------------===//

#include "WitnessText.h"
#include "SourceText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/Support/Path.h"

namespace metrics_init_check {

using namespace clang;

const Stmt *siteOf(const WitnessStep &S) {
  const GraphNode &N = S.Graph->Nodes[S.Node];
  return S.Event < N.Events.size() ? N.Events[S.Event].Site : nullptr;
}

void flatten(const std::vector<WitnessStep> &Steps,
             std::vector<const WitnessStep *> &Out,
             std::vector<unsigned> *Depths, unsigned Depth) {
  for (const WitnessStep &S : Steps) {
    Out.push_back(&S);
    if (Depths)
      Depths->push_back(Depth);
    flatten(S.Inner, Out, Depths, Depth + 1);
  }
}

std::string WitnessText::text(const Stmt *S, unsigned Max) const {
  return spelling(Ctx, spelledRange(Ctx, S), Max);
}

/// How a reader would say which way the branch of \p S went: "when
/// 'fast_start' is true", "for 'case Mode::kBatch'".
std::string WitnessText::branchLabel(const WitnessStep &S, const Expr *&Cond) const {
  const GraphNode &N = S.Graph->Nodes[S.Node];
  const Stmt *T = N.Terminator;
  Cond = nullptr;
  auto TrueFalse = [&](const Expr *C, bool TrueFirst) {
    Cond = C;
    bool True = (S.Succ == 0) == TrueFirst;
    // "when 'lite' is true" reads better than "when '!lite' is false".
    if (const auto *Not = dyn_cast<UnaryOperator>(C->IgnoreParens()))
      if (Not->getOpcode() == UO_LNot) {
        C = Not->getSubExpr();
        True = !True;
      }
    return "when '" + spelling(Ctx, C->getSourceRange(), 60) + "' is " +
           (True ? "true" : "false");
  };
  if (const auto *If = dyn_cast_or_null<IfStmt>(T))
    return TrueFalse(If->getCond(), true);
  if (const auto *Op = dyn_cast_or_null<ConditionalOperator>(T))
    return TrueFalse(Op->getCond(), true);
  if (const auto *Bin = dyn_cast_or_null<BinaryOperator>(T))
    return TrueFalse(Bin->getLHS(), Bin->getOpcode() == BO_LAnd);
  if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(T)) {
    Cond = Switch->getCond();
    if (const CFGBlock *Target = blockOf(S.Graph, N.Succs[S.Succ])) {
      if (const auto *Case = dyn_cast_or_null<CaseStmt>(Target->getLabel()))
        return "for 'case " +
               spelling(Ctx, Case->getLHS()->getSourceRange(), 40) + "'";
      if (isa_and_nonnull<DefaultStmt>(Target->getLabel()))
        return "for 'default'";
    }
    return "when no case of 'switch (" +
           spelling(Ctx, Cond->getSourceRange(), 40) + ")' matches";
  }
  if (isa_and_nonnull<ForStmt, WhileStmt, CXXForRangeStmt, DoStmt>(T))
    return S.Succ == 0 ? "when the loop runs" : "when the loop ends";
  return "on this branch";
}

const CFGBlock *WitnessText::blockOf(const FunctionGraph *G, unsigned Id) const {
  if (!G->Decl)
    return nullptr;
  const FunctionCFG *C = Facts.cfg(G->Decl);
  if (!C)
    return nullptr;
  for (const CFGBlock *B : *C->Graph)
    if (B->getBlockID() == Id)
      return B;
  return nullptr;
}

std::string WitnessText::stepMessage(const WitnessStep &S, const SetupStage &Stage) {
  const Stmt *Site = siteOf(S);
  switch (S.What) {
  case WitnessStep::Branch: {
    const Expr *Cond;
    return branchLabel(S, Cond) + ", metrics are not " + Stage.Done;
  }
  case WitnessStep::CallSkips:
    return "'" + text(Site) + "' returns " + Stage.Missing +
           " on this path";
  case WitnessStep::Throws:
    return "'" + text(Site) + "' may throw: the handler goes on " +
           Stage.Missing;
  case WitnessStep::Serves:
    if (S.Graph->Nodes[S.Node].Events[S.Event].Kind ==
        GraphEventKind::Serve)
      return "the service starts serving here: '" + text(Site) + "'";
    return "'" + text(Site) + "' goes on to serve " + Stage.Missing;
  case WitnessStep::Returns:
    return "returns to its caller " + std::string(Stage.Missing);
  }
  return "";
}

/// The call on the path into a function of another TU that skips the
/// set-up (its own path is not available to explain).
const WitnessStep *
WitnessText::opaqueCall(llvm::ArrayRef<const WitnessStep *> Flat) {
  for (const WitnessStep *S : Flat) {
    bool Call = S->What == WitnessStep::CallSkips ||
                (S->What == WitnessStep::Serves &&
                 S->Graph->Nodes[S->Node].Events[S->Event].Kind ==
                     GraphEventKind::Call);
    if (Call && S->Inner.empty())
      return S;
  }
  return nullptr;
}

/// " (defined in telemetry.cpp:12)", from the program's summaries.
std::string WitnessText::definedIn(const WitnessStep &S) const {
  const ProgramSummaries *P = Facts.program();
  const GraphEvent &E = S.Graph->Nodes[S.Node].Events[S.Event];
  if (!P || E.Kind != GraphEventKind::Call)
    return std::string();
  auto It = P->Functions.find(S.Graph->Callees[E.Callee]);
  if (It == P->Functions.end() || It->second.Location.empty())
    return std::string();
  auto [File, Line] = llvm::StringRef(It->second.Location).rsplit(':');
  return " (" + It->second.Name + ", defined in " +
         llvm::sys::path::filename(File).str() + ":" + Line.str() + ")";
}

SourceRange WitnessText::stepRange(const WitnessStep &S) {
  if (S.What == WitnessStep::Branch) {
    const Expr *Cond;
    branchLabel(S, Cond);
    if (Cond)
      return Cond->getSourceRange();
    const Stmt *T = S.Graph->Nodes[S.Node].Terminator;
    return T ? SourceRange(T->getBeginLoc()) : SourceRange();
  }
  if (S.What == WitnessStep::Returns && S.Graph->Decl)
    return SourceRange(S.Graph->Decl->getBody()->getEndLoc());
  const Stmt *Site = siteOf(S);
  return Site ? spelledRange(Ctx, Site) : SourceRange();
}

} // namespace metrics_init_check
