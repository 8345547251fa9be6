//===--- EnvConditionalInit.cpp - metrics-env-conditional-init -------------===//

#include "EnvConditionalInit.h"
#include "Decisions.h"
#include "StableSort.h"
#include "EnvDependence.h"
#include "HoistFix.h"
#include "PathSearch.h"
#include "SetupSummaries.h"
#include "SourceText.h"

#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <map>

namespace metrics_init_check {

using namespace clang;
using namespace env_decisions;

namespace {

/// Per function: each decision on the environment, whether its outcomes
/// differ in setting up metrics before serving, and the finding.
class DecisionAnalysis {
public:
  DecisionAnalysis(const TUFacts &Facts, EnvConditionalInit::Options Opts,
           const FindingSink &Sink)
      : Facts(Facts), Ctx(Facts.context()), Env(Facts.env()), Paths(Facts),
        Opts(Opts), Sink(Sink) {}

  void run() {
    for (const FunctionDecl *FD : Facts.ownFunctions()) {
      if (FD->isDependentContext() || !FD->getBody())
        continue;
      DecisionCollector Collector;
      Collector.TraverseStmt(FD->getBody());
      // Each decision searches the rest of the function: bound the total,
      // so a generated function with thousands of decisions costs seconds,
      // not minutes. Decisions past the budget are not analysed.
      Spent = 0;
      for (const Stmt *Head : Collector.Found) {
        if (Spent > MaxPointsPerFunction)
          break;
        analyse(FD, Head);
      }
      // Nested decisions that gate the same set-up are one root cause:
      // the innermost (visited last) explains it best.
      for (auto &Entry : Pending)
        Sink(std::move(Entry.second));
      Pending.clear();
    }
  }

private:
  bool within(SourceLocation Loc, SourceRange R) const {
    if (R.isInvalid() || Loc.isInvalid())
      return false;
    const SourceManager &SM = Ctx.getSourceManager();
    Loc = SM.getExpansionLoc(Loc);
    SourceLocation B = SM.getExpansionLoc(R.getBegin());
    SourceLocation E = SM.getExpansionLoc(R.getEnd());
    return !SM.isBeforeInTranslationUnit(Loc, B) &&
           !SM.isBeforeInTranslationUnit(E, Loc);
  }

  std::string text(SourceRange R, unsigned Max = 60) const {
    return spelling(Ctx, R, Max);
  }

  void analyse(const FunctionDecl *FD, const Stmt *Head) {
    // Cheap test first: most decisions have nothing to do with the
    // environment, and need no CFG.
    llvm::SmallVector<const Expr *, 4> Conditions;
    llvm::SmallVector<const Expr *, 8> CaseValues;
    conditionsOf(Head, Conditions, CaseValues);
    std::optional<EnvEvidence> Evidence;
    const Expr *Deciding = nullptr;
    for (const Expr *Cond : Conditions)
      if ((Evidence = Env.ofCondition(Cond, CaseValues))) {
        Deciding = Cond;
        break;
      }
    if (!Evidence)
      return;
    bool Switch = Env.isMetricsSwitch(*Evidence);
    Level Severity = Switch ? Opts.SwitchSeverity : Opts.Severity;
    if (Severity == Level::None)
      return;

    if (!mayMatter(Head))
      return;
    Decision D;
    D.Conditions = Conditions;
    if (!describeDecision(Facts, FD, Head, D))
      return;
    // Source order, whatever order the CFG keeps successors in.
    const SourceManager &SM = Ctx.getSourceManager();
    stableSort(D.Outcomes, [&](const Outcome &A, const Outcome &B) {
      return SM.isBeforeInTranslationUnit(A.Where.getBegin(),
                                          B.Where.getBegin());
    });
    // One stage of set-up at a time, the last first: a registry created
    // everywhere but exposed only in production is an exposure finding.
    for (const SetupStage &S : Stages) {
      // Behind an explicit metrics switch, registering or creating metrics
      // only when they are on is consistent (cmonitor registers its KPIs
      // only when Prometheus output is enabled); what matters is whether
      // they are exposed.
      if (Switch && !(S.Roles & roleBit(ApiRole::Expose)))
        break;
      std::vector<const Outcome *> Initialising, Skipping;
      bool Incomplete = false;
      for (Outcome &O : D.Outcomes) {
        if (!O.Start)
          continue; // statically unreachable
        O.Paths = Paths.from(FD, O.Start, 0, S.Roles);
        Spent += O.Paths.Visited;
        Incomplete |= O.Paths.Incomplete;
        // An outcome initialises when it sets up metrics in its own code,
        // even if not on every path (inside a retry loop, behind its own
        // guard), or when every path from it does so later. Set-up reached
        // only after the decision, on some paths, does not count: that is
        // the common code's business (`if (exposer) ...` after a `?:`).
        bool InitsInside = llvm::any_of(O.Paths.InitSites, [&](const Stmt *S) {
          return within(S->getBeginLoc(), O.Own);
        });
        if (InitsInside || (O.Paths.Inits && !O.Paths.Skips)) {
          if (InitsInside && !within(O.Paths.FirstInit->getBeginLoc(), O.Own))
            for (const Stmt *S : O.Paths.InitSites)
              if (within(S->getBeginLoc(), O.Own)) {
                O.Paths.FirstInit = S;
                break;
              }
          Initialising.push_back(&O);
        } else if (O.Paths.Skips && (!Switch || !endsEntry(O.Paths))) {
          // An explicit metrics switch left off in a program that never
          // serves (a client, a batch tool with an opt-in `--dummy_port`)
          // is the user's choice, not a service without metrics. One in a
          // library's set-up function is reported: its callers serve.
          Skipping.push_back(&O);
        }
      }
      if (Incomplete)
        return;
      if (Initialising.empty() || Skipping.empty())
        continue;
      // Done on every path before the decision already: the decision only
      // adds to what is there.
      const FunctionCFG *G = Facts.cfg(FD);
      auto It = G->Terminators.find(Head);
      if (It != G->Terminators.end() &&
          Paths.initialisedBefore(FD, It->second, S.Roles))
        return;
      report(FD, D, S, *Evidence, Deciding, Switch, Severity, Initialising,
             Skipping);
      return;
    }
  }

  /// Cheap necessary condition, before any path search: some outcome's own
  /// code sets up metrics, serves, or leaves the straight path (return,
  /// break, goto, throw, a call that does not return). A decision whose
  /// branches only compute values cannot differ in what follows.
  bool mayMatter(const Stmt *Head) const {
    if (isa<SwitchStmt>(Head))
      return true; // cases fall through and share code: always analyse
    llvm::SmallVector<const Stmt *, 4> Bodies;
    if (const auto *If = dyn_cast<IfStmt>(Head)) {
      for (const IfStmt *Link = If; Link;
           Link = dyn_cast_or_null<IfStmt>(Link->getElse())) {
        Bodies.push_back(Link->getThen());
        if (Link->getElse() && !isa<IfStmt>(Link->getElse()))
          Bodies.push_back(Link->getElse());
      }
    } else if (const auto *Cond = dyn_cast<ConditionalOperator>(Head)) {
      Bodies.push_back(Cond->getTrueExpr());
      Bodies.push_back(Cond->getFalseExpr());
    }
    return llvm::any_of(Bodies, [&](const Stmt *Body) {
      return Body && leavesOrActs(Body);
    });
  }

  bool leavesOrActs(const Stmt *S) const {
    if (isa<ReturnStmt, GotoStmt, BreakStmt, ContinueStmt, CXXThrowExpr,
            CoreturnStmt>(S))
      return true;
    if (isa<LambdaExpr>(S))
      return false;
    if (isa<CallExpr, CXXConstructExpr, CXXNewExpr>(S) && Facts.effectOf(S))
      return true;
    for (const Stmt *Child : S->children())
      if (Child && leavesOrActs(Child))
        return true;
    return false;
  }

  /// Whether the path that skips the set-up ends by leaving a service
  /// entry (main) without ever reaching a serve point.
  bool endsEntry(const PathOutcome &P) const {
    if (P.SkipPath.empty() || P.SkipPath.back().Where)
      return false;
    const auto *FD = dyn_cast_or_null<FunctionDecl>(P.SkipPath.back().EndOf);
    return FD && Facts.isEntry(FD);
  }

  std::string sinkText(const PathOutcome &P) const {
    if (P.SkipPath.empty())
      return "serving";
    const PathStep &Last = P.SkipPath.back();
    if (Last.Where)
      return "'" + text(Last.Where->getSourceRange(), 50) + "'";
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Last.EndOf))
      return FD->isMain() ? "the end of 'main'"
                          : "the end of '" + FD->getNameAsString() + "()'";
    return "serving";
  }

  void report(const FunctionDecl *FD, const Decision &D, const SetupStage &S,
              const EnvEvidence &Evidence, const Expr *Deciding, bool Switch,
              Level Severity, llvm::ArrayRef<const Outcome *> Initialising,
              llvm::ArrayRef<const Outcome *> Skipping) {
    const Outcome &Init = *Initialising.front();
    const Stmt *InitSite = Init.Paths.FirstInit;
    std::string InitText = text(spelledRange(Ctx, InitSite), 80);

    Finding F;
    F.RuleId = EnvConditionalInit::Id.str();
    F.Severity = Severity;
    F.Range = InitSite->getSourceRange();

    std::string Source = Evidence.describe();
    std::string Skips;
    for (const Outcome *O : Skipping) {
      if (!Skips.empty())
        Skips += O == Skipping.back() ? " and " : ", ";
      Skips += O->Label;
    }
    // Named for what the first set-up call makes (an Exposer: the
    // endpoint), the stage's metrics otherwise.
    std::string Done = stageDone(S, Init.Paths.InitEffect.Api);
    std::string NotDone = stageDone(S, Init.Paths.InitEffect.Api, "not ");
    std::string Missing = stageMissing(S, Init.Paths.InitEffect.Api);
    if (Switch) {
      F.Message = Done +
                  " only when the explicit metrics switch " + Source +
                  " selects it: '" + InitText + "' runs " + Init.Label +
                  "; " + Skips + " the service reaches " +
                  sinkText(Skipping.front()->Paths) + " " + Missing;
      if (!Evidence.FlagDefault.empty())
        F.Message += " (the flag defaults to " + Evidence.FlagDefault +
                     (Evidence.FlagDefault == "false" ||
                              Evidence.FlagDefault == "0"
                          ? ": metrics are off unless it is set)"
                          : ")");
    } else {
      F.Message = Done + " only in some environments: '" + InitText +
                  "' runs " + Init.Label + " (a decision on " + Source +
                  "); " + Skips + " the service reaches " +
                  sinkText(Skipping.front()->Paths) + " " + Missing;
    }
    if (Init.Paths.InitEffect.Via)
      F.Related.push_back(
          {InitSite->getSourceRange(),
           "'" + InitText + "' " + S.Does + " metrics: " +
               Facts.describe(Init.Paths.InitEffect)});
    F.Related.push_back({Deciding->getSourceRange(),
                         "the decision depends on " + Source});
    if (Evidence.Where.isValid() && Facts.isOwnCode(Evidence.Where.getBegin()))
      F.Related.push_back(
          {Evidence.Where,
           Source + (Evidence.Kind == EnvEvidence::Flag
                         ? " is defined here" +
                               (Evidence.FlagDefault.empty()
                                    ? std::string()
                                    : ", default " + Evidence.FlagDefault)
                         : " is read here")});

    // The path of the first skipping outcome, step by step.
    F.Flow.push_back({Deciding->getSourceRange(),
                      "this decision depends on " + Source});
    for (const Outcome *O : Skipping) {
      F.Related.push_back(
          {O->Where, (O->Body ? "" : std::string("implicitly, ")) + O->Label +
                         ", " + NotDone});
    }
    const Outcome &First = *Skipping.front();
    F.Flow.push_back({First.Where, First.Label + ", " + NotDone});
    for (const PathStep &Step : First.Paths.SkipPath) {
      SourceRange R;
      if (Step.Where)
        R = Step.Where->getSourceRange();
      else if (const auto *EndFD = dyn_cast_or_null<FunctionDecl>(Step.EndOf))
        R = SourceRange(EndFD->getBody()->getEndLoc());
      F.Flow.push_back({R, Step.What});
      // Every front end shows the related notes; the path's steps (returns
      // into callers, the serve point) belong there too.
      F.Related.push_back({R, Step.What});
    }
    // A metrics switch is usually deliberate: a fix that turns metrics on
    // everywhere would defeat it, so none is offered.
    if (Initialising.size() == 1 && !Switch)
      addHoistFix(D, Init, F);
    Pending[InitSite->getBeginLoc()] = std::move(F);
  }

  /// The fix: run the init before the decision, in every environment.
  /// Offered only when that cannot change what the init computes: it is
  /// the first statement of its outcome, a plain expression statement, and
  /// uses nothing declared inside the decision.
  void addHoistFix(const Decision &D, const Outcome &Init, Finding &F) {
    if (isa<ConditionalOperator>(D.Head) || !Init.Body)
      return;
    const Stmt *Body = Init.Body;
    if (const auto *Case = dyn_cast<SwitchCase>(Body))
      Body = Case->getSubStmt();
    const Stmt *First = Body;
    if (const auto *Compound = dyn_cast<CompoundStmt>(Body)) {
      if (Compound->body_empty())
        return;
      First = Compound->body_front();
    }
    const auto *InitExpr = dyn_cast<Expr>(First);
    if (!InitExpr || InitExpr->IgnoreImplicit() !=
                         cast<Expr>(Init.Paths.FirstInit)->IgnoreImplicit())
      if (!InitExpr || !containsStmt(InitExpr, Init.Paths.FirstInit))
        return;
    std::string Statement = text(InitExpr->getSourceRange(), 10000) + ";";
    metrics_init_check::addHoistFix(
        Ctx, Facts.parents(), InitExpr, D.Head, D.Conditions,
        "set up metrics before the decision, in every environment: move '" +
            Statement + "' before it",
        F);
  }

  static bool containsStmt(const Stmt *Root, const Stmt *S) {
    if (Root == S)
      return true;
    for (const Stmt *Child : Root->children())
      if (Child && containsStmt(Child, S))
        return true;
    return false;
  }

  const TUFacts &Facts;
  ASTContext &Ctx;
  EnvDependence &Env;
  PathSearch Paths;
  EnvConditionalInit::Options Opts;
  const FindingSink &Sink;
  /// This function's findings by set-up site, in decision order.
  std::map<SourceLocation, Finding> Pending;
  static constexpr unsigned MaxPointsPerFunction = 2000000;
  unsigned Spent = 0;
};

} // namespace

void EnvConditionalInit::run(const FindingSink &Sink) const {
  DecisionAnalysis(Facts, Opts, Sink).run();
}

} // namespace metrics_init_check
