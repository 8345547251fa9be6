//===--- InitNotOnAllPaths.cpp - metrics-init-not-on-all-paths -------------===//

#include "InitNotOnAllPaths.h"
#include "WitnessText.h"
#include "HoistFix.h"
#include "SourceText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Path.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// A position in a graph: before event Event of node Node.
struct GraphPos {
  unsigned Node, Event;
};

/// Per function: paths from a service entry that serve without set-up,
/// and set-up that comes only after serving has started.
class ServePathAnalysis {
public:
  ServePathAnalysis(const TUFacts &Facts, TUSummaries &TU,
           InitNotOnAllPaths::Options Opts, const FindingSink &Sink)
      : Facts(Facts), TU(TU), Ctx(Facts.context()), Words(Facts), Opts(Opts),
        Sink(Sink) {}

  void run() {
    if (Opts.Severity == Level::None)
      return;
    for (const FunctionDecl *FD : Facts.ownFunctions()) {
      const FunctionGraph *G = TU.graphOf(FD);
      if (!G)
        continue;
      if (Facts.isEntry(FD))
        checkEntry(FD, *G);
      checkSetUpAfterServing(*G);
      checkSetUpAfterNoReturn(FD);
    }
  }

private:
  std::string text(const Stmt *S, unsigned Max = 60) const {
    return spelling(Ctx, spelledRange(Ctx, S), Max);
  }

  /// Whether event \p E sets up metrics of \p Stage, directly or through
  /// its callee.
  bool setsUp(const FunctionGraph &G, const GraphEvent &E,
              unsigned Stage) const {
    if (E.Kind == GraphEventKind::SetUp)
      return E.Roles & Stages[Stage].Roles;
    if (E.Kind == GraphEventKind::Call)
      if (const FunctionSummary *C = TU.Summaries.callee(G, E.Callee))
        return C->Stage[Stage] & SetsUp;
    return false;
  }
  bool serves(const FunctionGraph &G, const GraphEvent &E) const {
    if (E.Kind == GraphEventKind::Serve)
      return true;
    if (E.Kind == GraphEventKind::Call)
      if (const FunctionSummary *C = TU.Summaries.callee(G, E.Callee))
        return llvm::any_of(C->Stage, [](Outcomes O) { return O & Serves; });
    return false;
  }

  /// The set-up events of \p Stage reachable from \p From, in breadth-first
  /// order. Exits end the walk; with \p StopAtServing, serving does too.
  std::vector<const GraphEvent *> setUpsFrom(const FunctionGraph &G,
                                             std::vector<GraphPos> From,
                                             unsigned Stage,
                                             bool StopAtServing) const {
    std::vector<const GraphEvent *> Found;
    llvm::DenseSet<unsigned> Seen;
    for (size_t I = 0; I < From.size(); ++I) {
      auto [NodeIndex, First] = From[I];
      if (First == 0 && !Seen.insert(NodeIndex).second)
        continue;
      const GraphNode &N = G.Nodes[NodeIndex];
      bool Stopped = false;
      for (unsigned E = First; E < N.Events.size() && !Stopped; ++E) {
        const GraphEvent &Ev = N.Events[E];
        if (setsUp(G, Ev, Stage))
          Found.push_back(&Ev);
        Stopped = Ev.Kind == GraphEventKind::End ||
                  (StopAtServing && serves(G, Ev));
      }
      if (!Stopped)
        for (unsigned Succ : N.Succs)
          From.push_back({Succ, 0});
    }
    return Found;
  }

  //===--- Paths from an entry that serve without set-up -------------===//

  void checkEntry(const FunctionDecl *FD, const FunctionGraph &G) {
    // One finding per skipping decision: once reported, a decision counts
    // as accounted for and the summaries are solved again, so the next
    // search finds the next decision, if any.
    for (unsigned Round = 0; Round < MaxFindingsPerEntry; ++Round) {
      const FunctionSummary *S = TU.Summaries.find(G.Usr);
      if (!S)
        return;
      const WitnessStep *Decision = nullptr;
      bool Found = false;
      for (unsigned Stage = 0; Stage < NumStages && !Found; ++Stage) {
        Outcomes O = S->Stage[Stage];
        // An entry that never sets up this stage has nothing to compare a
        // skipping path with (the set-up is elsewhere, or there is none).
        if (!(O & SetsUp) || !(O & ServesWithout))
          continue;
        std::vector<WitnessStep> W =
            findWitness(G, Stage, ServesWithout, TU.Summaries);
        if (W.empty())
          continue;
        Found = true;
        reportPath(FD, Stage, W, Decision);
        if (Decision)
          TU.Summaries.deferBranch(*Decision->Graph, Decision->Node);
      }
      if (!Found || !Decision)
        return;
      TU.Summaries.solve();
    }
  }
  static constexpr unsigned MaxFindingsPerEntry = 8;

  /// Reports the path \p W; \p Decision receives the branch it blames.
  void reportPath(const FunctionDecl *Entry, unsigned StageIndex,
                  const std::vector<WitnessStep> &W,
                  const WitnessStep *&Decision) {
    const SetupStage &Stage = Stages[StageIndex];
    std::vector<const WitnessStep *> Flat;
    std::vector<unsigned> Depths;
    flatten(W, Flat, &Depths);
    const WitnessStep *Serve = nullptr, *Throw = nullptr;
    Decision = nullptr;
    for (const WitnessStep *S : Flat) {
      if (S->What == WitnessStep::Branch && S->Deciding)
        Decision = S;
      else if (S->What == WitnessStep::Serves)
        Serve = S;
      else if (S->What == WitnessStep::Throws)
        Throw = S;
    }
    if (!Serve || !siteOf(*Serve))
      return;
    std::string ServeText = text(siteOf(*Serve), 50);
    std::string EntryName = functionLabel(Entry);

    Finding F;
    F.RuleId = InitNotOnAllPaths::Id.str();
    F.Severity = Opts.Severity;
    const Stmt *Primary = nullptr;
    if (Decision) {
      // The set-up the other side of the decision reaches.
      const GraphNode &N = Decision->Graph->Nodes[Decision->Node];
      std::vector<GraphPos> Others;
      for (unsigned K = 0; K < N.Succs.size(); ++K)
        if (K != Decision->Succ)
          Others.push_back({N.Succs[K], 0});
      std::vector<const GraphEvent *> SetUps =
          setUpsFrom(*Decision->Graph, Others, StageIndex, true);
      const Expr *Cond;
      std::string Label = Words.branchLabel(*Decision, Cond);
      Primary = SetUps.empty() ? N.Terminator : SetUps.front()->Site;
      if (!Primary)
        return;
      F.Message = "metrics are not " + std::string(Stage.Done) +
                  " on every path from " + EntryName + " to serving: '" +
                  text(Primary) + "' is skipped " + Label +
                  ", and the service reaches '" + ServeText + "' " +
                  Stage.Missing;
      // With set-up in several places, which one to move is a choice
      // (moving one could set up twice): no fix then.
      bool OneSite = llvm::all_of(SetUps, [&](const GraphEvent *E) {
        return E->Site == SetUps.front()->Site;
      });
      // A site an earlier finding already moves gets one fix, not two
      // overlapping ones.
      if (!SetUps.empty() && OneSite && FixedSites.insert(Primary).second)
        addFix(Primary, N.Terminator, Cond,
               "set up metrics before the decision, on every path to "
               "serving: move '%s' before it",
               F);
    } else if (const WitnessStep *Opaque = WitnessText::opaqueCall(Flat)) {
      // The skip happens inside a function this TU cannot see into (its
      // summary comes from another file): name it, and where it lives.
      Primary = siteOf(*Opaque);
      F.Message = "metrics are not " + std::string(Stage.Done) +
                  " on every path from " + EntryName + " to serving: '" +
                  text(Primary) + "' " +
                  (Opaque->What == WitnessStep::Serves
                       ? "serves " + std::string(Stage.Missing)
                       : "returns " + std::string(Stage.Missing)) +
                  " on some of its paths" + Words.definedIn(*Opaque) +
                  (Opaque->What == WitnessStep::Serves
                       ? std::string()
                       : ", and the service reaches '" + ServeText + "'");
    } else if (Throw) {
      Primary = siteOf(*Throw);
      F.Message = "metrics are not " + std::string(Stage.Done) + " when '" +
                  text(Primary) + "' throws: the handler goes on and " +
                  EntryName + " reaches '" + ServeText + "' " + Stage.Missing;
    } else {
      Primary = siteOf(*Serve);
      F.Message = "metrics are not " + std::string(Stage.Done) +
                  " on every path from " + EntryName + " to serving: '" +
                  ServeText + "' is reached " + Stage.Missing +
                  " on some paths";
    }
    F.Range = Primary->getSourceRange();
    F.Flow.push_back({SourceRange(Entry->getLocation()),
                      EntryName + " starts here"});
    for (size_t I = 0; I < Flat.size(); ++I) {
      const WitnessStep *S = Flat[I];
      // Branches that decide nothing are noise in a path explanation.
      if (S->What == WitnessStep::Branch && !S->Deciding)
        continue;
      SourceRange R = Words.stepRange(*S);
      if (R.isInvalid())
        continue;
      RelatedLocation Step{R, Words.stepMessage(*S, Stage), {}, Depths[I]};
      F.Flow.push_back(Step);
      F.Related.push_back(std::move(Step));
    }
    Sink(std::move(F));
  }

  /// Offers to move the statement of \p SetUp before \p Before. \p Format
  /// names the statement with %s.
  void addFix(const Stmt *SetUp, const Stmt *Before, const Expr *Test,
              llvm::StringRef Format, Finding &F) {
    const auto *E = dyn_cast_or_null<Expr>(SetUp);
    if (!E || !Before)
      return;
    const auto *Moved =
        dyn_cast_or_null<Expr>(statementOf(Facts.parents(), E));
    if (!Moved)
      return;
    std::string Statement = spelling(Ctx, Moved->getSourceRange(), 60) + ";";
    auto [Head, Tail] = Format.split("%s");
    llvm::SmallVector<const Expr *, 1> Tests;
    if (Test)
      Tests.push_back(Test);
    addHoistFix(Ctx, Facts.parents(), Moved, Before, Tests,
                (Head + Statement + Tail).str(), F);
  }

  //===--- Set-up that runs only once the service serves -------------===//

  void checkSetUpAfterServing(const FunctionGraph &G) {
    for (unsigned StageIndex = 0; StageIndex < NumStages; ++StageIndex) {
      // What runs before any serving, from the function's entry.
      std::vector<const GraphEvent *> Before =
          setUpsFrom(G, {{G.Entry, 0}}, StageIndex, true);
      llvm::DenseSet<const GraphEvent *> Early(Before.begin(), Before.end());
      for (GraphPos Serve : servesBeforeSetUp(G, StageIndex)) {
        const GraphEvent &S = G.Nodes[Serve.Node].Events[Serve.Event];
        if (!S.Site)
          continue;
        for (const GraphEvent *Late :
             setUpsFrom(G, {{Serve.Node, Serve.Event + 1}}, StageIndex,
                        false)) {
          if (Early.count(Late) || !Late->Site ||
              !Reported.insert(Late).second)
            continue;
          reportAfterServing(StageIndex, *Late->Site, *S.Site);
        }
      }
    }
  }

  /// The serving events some path from the entry reaches before any
  /// set-up of \p Stage: set-up after one of those comes late. (Set-up
  /// again after serving that was set up for is a reload, not late.)
  std::vector<GraphPos> servesBeforeSetUp(const FunctionGraph &G,
                                          unsigned Stage) const {
    std::vector<GraphPos> Found;
    std::vector<unsigned> Work{G.Entry};
    llvm::DenseSet<unsigned> Seen{G.Entry};
    while (!Work.empty()) {
      unsigned NodeIndex = Work.back();
      Work.pop_back();
      const GraphNode &N = G.Nodes[NodeIndex];
      bool Stopped = false;
      for (unsigned E = 0; E < N.Events.size() && !Stopped; ++E) {
        const GraphEvent &Ev = N.Events[E];
        if (serves(G, Ev))
          Found.push_back({NodeIndex, E});
        Stopped = Ev.Kind == GraphEventKind::End || serves(G, Ev) ||
                  setsUp(G, Ev, Stage);
      }
      if (!Stopped)
        for (unsigned Succ : N.Succs)
          if (Seen.insert(Succ).second)
            Work.push_back(Succ);
    }
    return Found;
  }

  void reportAfterServing(unsigned StageIndex, const Stmt &SetUp,
                          const Stmt &Serve) {
    const SetupStage &Stage = Stages[StageIndex];
    Finding F;
    F.RuleId = InitNotOnAllPaths::Id.str();
    F.Severity = Opts.Severity;
    F.Range = SetUp.getSourceRange();
    F.Message = "metrics are " + std::string(Stage.Done) +
                " only after the service starts serving: '" + text(&SetUp) +
                "' runs after '" + text(&Serve, 50) +
                "', so the service serves " + Stage.Missing +
                " until that call returns";
    RelatedLocation Step{spelledRange(Ctx, &Serve),
                         "the service starts serving here"};
    F.Related.push_back(Step);
    F.Flow.push_back(Step);
    F.Flow.push_back({SetUp.getSourceRange(),
                      "metrics are " + std::string(Stage.Done) +
                          " only here, after serving"});
    if (const auto *ServeExpr = dyn_cast<Expr>(&Serve))
      addFix(&SetUp, statementOf(Facts.parents(), ServeExpr), nullptr,
             "set up metrics before the service starts serving: move '%s' "
             "before it",
             F);
    Sink(std::move(F));
  }

  //===--- Set-up after a call that never returns --------------------===//

  /// The CFG has no edge past a [[noreturn]] call, so set-up placed after
  /// one (an event loop that never returns) is found in the AST: a block's
  /// statements after such a call never run.
  class NoReturnVisitor : public RecursiveASTVisitor<NoReturnVisitor> {
  public:
    explicit NoReturnVisitor(ServePathAnalysis &A) : A(A) {}
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitCompoundStmt(CompoundStmt *C) {
      const CallExpr *Blocking = nullptr;
      for (const Stmt *Child : C->body()) {
        if (Blocking) {
          if (A.reportAfterNoReturn(Child, *Blocking))
            return true;
          continue;
        }
        const auto *ChildExpr = dyn_cast<Expr>(Child);
        const auto *Call =
            ChildExpr ? dyn_cast<CallExpr>(ChildExpr->IgnoreImplicit())
                      : nullptr;
        const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
        // exit() and abort() end the process on purpose; what follows is
        // dead, not late.
        if (Callee && Callee->isNoReturn() &&
            !A.Facts.api().match(ApiRole::Exit, Callee, Call->getNumArgs()))
          Blocking = Call;
      }
      return true;
    }

  private:
    ServePathAnalysis &A;
  };

  void checkSetUpAfterNoReturn(const FunctionDecl *FD) {
    if (FD->getBody())
      NoReturnVisitor(*this).TraverseStmt(FD->getBody());
  }

  /// The first set-up call in \p S, and the stage it sets up.
  const Stmt *firstSetUpIn(const Stmt *S, unsigned &StageIndex) const {
    if (isa<LambdaExpr>(S))
      return nullptr;
    if (isa<CallExpr, CXXConstructExpr, CXXNewExpr>(S))
      for (StageIndex = 0; StageIndex < NumStages; ++StageIndex)
        if (Facts.effectOf(S, Stages[StageIndex].Roles).Kind ==
            EffectKind::Init)
          return S;
    for (const Stmt *Child : S->children())
      if (Child)
        if (const Stmt *Found = firstSetUpIn(Child, StageIndex))
          return Found;
    return nullptr;
  }

  bool reportAfterNoReturn(const Stmt *Child, const CallExpr &Blocking) {
    unsigned StageIndex = 0;
    const Stmt *SetUp = firstSetUpIn(Child, StageIndex);
    if (!SetUp)
      return false;
    const SetupStage &Stage = Stages[StageIndex];
    Finding F;
    F.RuleId = InitNotOnAllPaths::Id.str();
    F.Severity = Opts.Severity;
    F.Range = SetUp->getSourceRange();
    F.Message = "metrics are never " + std::string(Stage.Done) + ": '" +
                text(SetUp) + "' comes after '" + text(&Blocking, 50) +
                "', which does not return";
    RelatedLocation Step{Blocking.getSourceRange(),
                         "'" + text(&Blocking, 50) +
                             "' does not return ([[noreturn]])"};
    F.Related.push_back(Step);
    F.Flow.push_back(Step);
    F.Flow.push_back({SetUp->getSourceRange(), "this set-up never runs"});
    addFix(SetUp, statementOf(Facts.parents(), &Blocking), nullptr,
           "set up metrics before the call that does not return: move '%s' "
           "before it",
           F);
    Sink(std::move(F));
    return true;
  }

  const TUFacts &Facts;
  TUSummaries &TU;
  ASTContext &Ctx;
  WitnessText Words;
  InitNotOnAllPaths::Options Opts;
  const FindingSink &Sink;
  llvm::DenseSet<const GraphEvent *> Reported;
  llvm::DenseSet<const Stmt *> FixedSites;
};

} // namespace

void InitNotOnAllPaths::run(const FindingSink &Sink) const {
  ServePathAnalysis(Facts, Summaries, Opts, Sink).run();
}

} // namespace metrics_init_check
