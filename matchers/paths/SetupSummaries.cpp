//===--- SetupSummaries.cpp - What every path of a function does for metrics -===//

#include "SetupSummaries.h"
#include "EnvDependence.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <algorithm>
#include <optional>

#include <deque>

namespace metrics_init_check {

namespace {

/// The state of a path: metrics set up, not set up, or not set up because
/// a guard or an environment decision skipped it (another rule's finding,
/// or none).
enum State : unsigned { StSetUp, StWithout, StDeferred };
constexpr unsigned bitOf(State S) { return 1u << S; }

Outcomes servesIn(unsigned S) {
  return S == StSetUp ? ServesSetUp : S == StWithout ? ServesWithout
                                                     : ServesDeferred;
}
Outcomes returnsIn(unsigned S) {
  return S == StSetUp ? ReturnsSetUp : S == StWithout ? ReturnsWithout
                                                      : ReturnsDeferred;
}

template <typename Fn> void forEachState(unsigned States, Fn F) {
  for (unsigned S = 0; S < 3; ++S)
    if (States & (1u << S))
      F(S);
}

/// Where paths in \p States go through a call of a function whose paths
/// end as \p O: the states that continue after the call; the outcomes of
/// the paths that serve inside it are added to \p Ends.
unsigned throughCall(unsigned States, Outcomes O, Outcomes &Ends) {
  unsigned Continue = 0;
  forEachState(States, [&](unsigned S) {
    if (O & ReturnsSetUp)
      Continue |= bitOf(StSetUp);
    if (O & ReturnsWithout)
      Continue |= 1u << S;
    if (O & ReturnsDeferred)
      Continue |= 1u << (S == StWithout ? StDeferred : S);
    if (O & ServesSetUp)
      Ends |= ServesSetUp;
    if (O & ServesWithout)
      Ends |= servesIn(S);
    if (O & ServesDeferred)
      Ends |= S == StSetUp ? ServesSetUp : ServesDeferred;
  });
  return Continue;
}

/// The transfer function of one event. \p Throwing receives the states
/// that go on in the event's catch handlers.
unsigned stepEvent(const GraphEvent &E, const FunctionSummary *Callee,
                   unsigned Stage, unsigned States, Outcomes &Ends,
                   unsigned &Throwing) {
  Throwing = 0;
  switch (E.Kind) {
  case GraphEventKind::SetUp:
    if (!(E.Roles & Stages[Stage].Roles)) {
      // A set-up of another stage that throws into a handler skips this
      // stage's set-up after it too: an Exposer (the endpoint, creation)
      // that cannot bind leaves its RegisterCollectable (the exposure)
      // unreached. What this stage had before the throw, it keeps.
      Throwing = States;
      return States;
    }
    Throwing = States & ~bitOf(StSetUp);
    return States ? bitOf(StSetUp) : 0;
  case GraphEventKind::Serve:
    forEachState(States, [&](unsigned S) { Ends |= servesIn(S); });
    return 0;
  case GraphEventKind::End:
    return 0;
  case GraphEventKind::Call: {
    if (!Callee)
      return States; // nothing known: transparent
    Outcomes O = Callee->Stage[Stage];
    if (O & SetsUp)
      Throwing = States & ~bitOf(StSetUp);
    return throughCall(States, O, Ends);
  }
  }
  return States;
}

/// The states that take successor \p K of \p N. A path without set-up
/// that goes where set-up can no longer happen, while another successor
/// could set up, is decided there: at a guard or an environment decision
/// it becomes deferred. A loop whose body sets up (\p BodySets) is
/// assumed to run; one whose body can only come back or return early
/// (`for (...) if (!Add(i)) return -1;`) keeps its exit.
unsigned edgeStates(const GraphNode &N, bool Deferring, bool BodySets,
                    unsigned K, const std::vector<bool> &Can,
                    unsigned States) {
  if (N.Succs.size() < 2 || !(States & bitOf(StWithout)))
    return States;
  bool OtherCan = false;
  for (unsigned J = 0; J < N.Succs.size(); ++J)
    if (J != K && Can[N.Succs[J]])
      OtherCan = true;
  if (!OtherCan)
    return States;
  if (N.LoopExit == static_cast<int>(K) && BodySets)
    return States & ~bitOf(StWithout);
  if (Deferring && !Can[N.Succs[K]])
    return (States & ~bitOf(StWithout)) | bitOf(StDeferred);
  return States;
}

bool isDeciding(const GraphNode &N, unsigned K, const std::vector<bool> &Can) {
  if (N.Succs.size() < 2 || Can[N.Succs[K]])
    return false;
  for (unsigned J = 0; J < N.Succs.size(); ++J)
    if (J != K && Can[N.Succs[J]])
      return true;
  return false;
}

} // namespace

std::vector<bool> canSetUp(const FunctionGraph &G, unsigned Stage,
                           const SetupSummaries &S,
                           std::vector<bool> *LoopBodySets) {
  // A node sets up when a set-up comes before anything that ends the path
  // there (serving, an exit, a call that never returns); it passes on what
  // its successors can do when nothing ends the path in it.
  std::vector<bool> Can(G.Nodes.size()), Passes(G.Nodes.size(), true);
  std::vector<std::vector<unsigned>> Preds(G.Nodes.size());
  for (unsigned I = 0; I < G.Nodes.size(); ++I) {
    for (unsigned Succ : G.Nodes[I].Succs)
      Preds[Succ].push_back(I);
    for (const GraphEvent &E : G.Nodes[I].Events) {
      bool Sets = false, Stops = false;
      if (E.Kind == GraphEventKind::SetUp) {
        Sets = E.Roles & Stages[Stage].Roles;
      } else if (E.Kind == GraphEventKind::Call) {
        if (const FunctionSummary *C = S.callee(G, E.Callee)) {
          Sets = C->Stage[Stage] & SetsUp;
          Stops = !(C->Stage[Stage] & Returns);
        }
      } else {
        Stops = true;
      }
      if (Sets) {
        Can[I] = true;
        break;
      }
      if (Stops) {
        Passes[I] = false;
        break;
      }
    }
  }
  // Backwards from the nodes that set up, through those that pass it on;
  // never through \p Blocked (a loop head, to ask about its body alone).
  auto Propagate = [&](std::vector<bool> &Reached, int Blocked) {
    std::vector<unsigned> Todo;
    for (unsigned I = 0; I < G.Nodes.size(); ++I)
      if (Reached[I])
        Todo.push_back(I);
    while (!Todo.empty()) {
      unsigned I = Todo.back();
      Todo.pop_back();
      for (unsigned P : Preds[I])
        if (!Reached[P] && Passes[P] && static_cast<int>(P) != Blocked) {
          Reached[P] = true;
          Todo.push_back(P);
        }
    }
  };
  std::vector<bool> Seeds = Can;
  Propagate(Can, -1);
  if (LoopBodySets) {
    LoopBodySets->assign(G.Nodes.size(), false);
    for (unsigned H = 0; H < G.Nodes.size(); ++H) {
      const GraphNode &N = G.Nodes[H];
      if (N.LoopExit < 0 || !Can[H])
        continue;
      std::vector<bool> Within = Seeds;
      Within[H] = false;
      Propagate(Within, H);
      for (unsigned K = 0; K < N.Succs.size(); ++K)
        if (static_cast<int>(K) != N.LoopExit && Within[N.Succs[K]])
          (*LoopBodySets)[H] = true;
    }
  }
  return Can;
}

void SetupSummaries::add(const FunctionGraph *G) {
  if (!ByUsr.try_emplace(G->Usr, Graphs.size()).second)
    return;
  Graphs.push_back(G);
}

void SetupSummaries::addProgram(const ProgramSummaries &P) {
  for (const auto &Entry : P.Functions)
    External[Entry.getKey()] = Entry.getValue().Summary;
}

std::unique_ptr<TUSummaries> TUSummaries::build(const TUFacts &Facts) {
  auto Out = std::make_unique<TUSummaries>();
  for (const clang::FunctionDecl *FD : Facts.ownFunctions()) {
    if (FD->isDependentContext())
      continue;
    std::unique_ptr<FunctionGraph> G =
        buildFunctionGraph(Facts, Facts.env(), FD);
    if (!G || G->Usr.empty())
      continue;
    Out->ByDecl[FD] = G.get();
    Out->Summaries.add(G.get());
    Out->Graphs.push_back(std::move(G));
  }
  if (const ProgramSummaries *P = Facts.program())
    Out->Summaries.addProgram(*P);
  Out->Summaries.solve();
  return Out;
}

const FunctionSummary *SetupSummaries::find(llvm::StringRef Usr) const {
  auto It = ByUsr.find(Usr);
  if (It != ByUsr.end() && It->second < Solved.size())
    return &Solved[It->second];
  auto Ext = External.find(Usr);
  return Ext == External.end() ? nullptr : &Ext->second;
}

const FunctionSummary *SetupSummaries::callee(const FunctionGraph &G,
                                              unsigned Index) const {
  return Index < G.Callees.size() ? find(G.Callees[Index]) : nullptr;
}

const FunctionGraph *SetupSummaries::graph(llvm::StringRef Usr) const {
  auto It = ByUsr.find(Usr);
  return It == ByUsr.end() ? nullptr : Graphs[It->second];
}

Outcomes SetupSummaries::evaluate(const FunctionGraph &G, unsigned Stage) {
  std::vector<bool> LoopBodySets;
  std::vector<bool> Can = canSetUp(G, Stage, *this, &LoopBodySets);
  std::vector<uint8_t> In(G.Nodes.size(), 0);
  std::vector<unsigned> Work{G.Entry};
  In[G.Entry] = bitOf(StWithout);
  Outcomes Result = 0;
  auto Reach = [&](unsigned Node, unsigned States) {
    if (States & ~In[Node]) {
      In[Node] |= States;
      Work.push_back(Node);
    }
  };
  while (!Work.empty()) {
    unsigned Index = Work.back();
    Work.pop_back();
    ++this->Work;
    const GraphNode &N = G.Nodes[Index];
    unsigned States = In[Index];
    for (const GraphEvent &E : N.Events) {
      unsigned Throwing = 0;
      const FunctionSummary *Callee =
          E.Kind == GraphEventKind::Call ? callee(G, E.Callee) : nullptr;
      States = stepEvent(E, Callee, Stage, States, Result, Throwing);
      if (Throwing)
        for (unsigned H : E.ThrowsTo)
          Reach(H, Throwing);
      if (!States)
        break;
    }
    if (!States)
      continue;
    if (Index == G.Exit) {
      forEachState(States, [&](unsigned S) { Result |= returnsIn(S); });
      continue;
    }
    for (unsigned K = 0; K < N.Succs.size(); ++K)
      Reach(N.Succs[K],
            edgeStates(N, isDeferred(G, Index), LoopBodySets[Index], K, Can,
                       States));
  }
  return Result;
}

void SetupSummaries::solve() {
  Solved.assign(Graphs.size(), FunctionSummary());
  // Callers of each graph, for re-evaluation when a summary grows.
  std::vector<std::vector<unsigned>> Callers(Graphs.size());
  for (unsigned I = 0; I < Graphs.size(); ++I)
    for (const std::string &Usr : Graphs[I]->Callees) {
      auto It = ByUsr.find(Usr);
      if (It != ByUsr.end())
        Callers[It->second].push_back(I);
    }
  // Callees before callers (a post-order of the call graph), so most
  // functions are evaluated once; recursion is re-evaluated until stable.
  std::vector<unsigned> Order;
  std::vector<uint8_t> Seen(Graphs.size(), 0);
  for (unsigned Root = 0; Root < Graphs.size(); ++Root) {
    if (Seen[Root])
      continue;
    std::vector<std::pair<unsigned, unsigned>> Stack{{Root, 0}};
    Seen[Root] = 1;
    while (!Stack.empty()) {
      auto &[G, Next] = Stack.back();
      const FunctionGraph &Graph = *Graphs[G];
      if (Next < Graph.Callees.size()) {
        auto It = ByUsr.find(Graph.Callees[Next++]);
        if (It != ByUsr.end() && !Seen[It->second]) {
          Seen[It->second] = 1;
          Stack.push_back({It->second, 0});
        }
        continue;
      }
      Order.push_back(G);
      Stack.pop_back();
    }
  }
  std::deque<unsigned> Queue(Order.begin(), Order.end());
  std::vector<uint8_t> Queued(Graphs.size(), 1);
  while (!Queue.empty()) {
    unsigned G = Queue.front();
    Queue.pop_front();
    Queued[G] = 0;
    // Summaries only grow (joined with what they were), so the fixpoint is
    // reached after a bounded number of changes per function.
    FunctionSummary New = Solved[G];
    for (unsigned Stage = 0; Stage < NumStages; ++Stage)
      New.Stage[Stage] |= evaluate(*Graphs[G], Stage);
    if (New == Solved[G])
      continue;
    Solved[G] = New;
    for (unsigned Caller : Callers[G])
      if (!Queued[Caller]) {
        Queued[Caller] = 1;
        Queue.push_back(Caller);
      }
  }
}

std::string describeOutcomes(Outcomes O) {
  static const char *const Names[] = {
      "returns-set-up", "returns-without", "returns-deferred",
      "serves-set-up",  "serves-without",  "serves-deferred"};
  std::string Out;
  for (unsigned B = 0; B < 6; ++B)
    if (O & (1u << B))
      Out += (Out.empty() ? "" : " ") + std::string(Names[B]);
  return Out.empty() ? "none" : Out;
}

void SetupSummaries::dump(llvm::raw_ostream &OS) const {
  auto Print = [&](llvm::StringRef Name, const FunctionSummary &F) {
    OS << "  " << Name << "\n";
    for (unsigned Stage = 0; Stage < NumStages; ++Stage)
      OS << "    " << Stages[Stage].Name << ": "
         << describeOutcomes(F.Stage[Stage]) << "\n";
  };
  OS << "summaries of " << Graphs.size() << " function(s)\n";
  for (unsigned I = 0; I < Graphs.size(); ++I)
    if (I < Solved.size())
      Print(Graphs[I]->Name, Solved[I]);
  llvm::StringSet<> Shown;
  for (const FunctionGraph *G : Graphs)
    for (const std::string &Usr : G->Callees)
      if (!ByUsr.count(Usr) && External.count(Usr) &&
          Shown.insert(Usr).second)
        Print("other TU: " + Usr, External.find(Usr)->second);
}

namespace {

/// A breadth-first search over positions (node, event) of paths that have
/// not set up metrics, with parent links to rebuild the path.
class WitnessSearch {
public:
  WitnessSearch(const FunctionGraph &G, unsigned Stage, OutcomeBit Target,
                const SetupSummaries &S)
      : G(G), Stage(Stage), Target(Target), S(S),
        Can(canSetUp(G, Stage, S, &LoopBodySets)) {}

  std::vector<WitnessStep> run() {
    visit(G.Entry, 0, -1, std::nullopt);
    for (size_t I = 0; I < Items.size(); ++I) {
      if (std::optional<WitnessStep> Last = expand(I))
        return rebuild(I, *Last);
    }
    return {};
  }

private:
  struct Item {
    unsigned Node, Event;
    int Parent;
    std::optional<WitnessStep> Step; ///< how this position was reached
  };

  WitnessStep step(WitnessStep::Kind K, unsigned Node, unsigned Event = 0) {
    WitnessStep W;
    W.What = K;
    W.Graph = &G;
    W.Node = Node;
    W.Event = Event;
    return W;
  }

  void visit(unsigned Node, unsigned Event, int Parent,
             std::optional<WitnessStep> Step) {
    if (!Seen.insert({Node, Event}).second)
      return;
    Items.push_back({Node, Event, Parent, std::move(Step)});
  }

  /// Follows item \p I one event or edge; returns the final step when the
  /// target is reached there.
  std::optional<WitnessStep> expand(size_t I) {
    unsigned NodeIndex = Items[I].Node, EventIndex = Items[I].Event;
    const GraphNode &N = G.Nodes[NodeIndex];
    int Parent = static_cast<int>(I);
    if (EventIndex < N.Events.size()) {
      const GraphEvent &E = N.Events[EventIndex];
      const FunctionSummary *Callee =
          E.Kind == GraphEventKind::Call ? S.callee(G, E.Callee) : nullptr;
      Outcomes Ends = 0;
      unsigned Throwing = 0;
      unsigned After = stepEvent(E, Callee, Stage, bitOf(StWithout), Ends,
                                 Throwing);
      if (Throwing)
        for (unsigned H : E.ThrowsTo)
          visit(H, 0, Parent, step(WitnessStep::Throws, NodeIndex, EventIndex));
      if (Target == ServesWithout && (Ends & ServesWithout))
        return step(WitnessStep::Serves, NodeIndex, EventIndex);
      if (After & bitOf(StWithout)) {
        // Name the call only when it could have set up metrics.
        std::optional<WitnessStep> Through;
        if (Callee && (Callee->Stage[Stage] & SetsUp))
          Through = step(WitnessStep::CallSkips, NodeIndex, EventIndex);
        visit(NodeIndex, EventIndex + 1, Parent, std::move(Through));
      }
      return std::nullopt;
    }
    if (NodeIndex == G.Exit) {
      if (Target == ReturnsWithout)
        return step(WitnessStep::Returns, NodeIndex);
      return std::nullopt;
    }
    for (unsigned K = 0; K < N.Succs.size(); ++K) {
      if (!(edgeStates(N, S.isDeferred(G, NodeIndex),
                       LoopBodySets[NodeIndex], K, Can, bitOf(StWithout)) &
            bitOf(StWithout)))
        continue;
      std::optional<WitnessStep> Branch;
      if (N.Succs.size() > 1) {
        Branch = step(WitnessStep::Branch, NodeIndex);
        Branch->Succ = K;
        Branch->Deciding = isDeciding(N, K, Can);
      }
      visit(N.Succs[K], 0, Parent, std::move(Branch));
    }
    return std::nullopt;
  }

  std::vector<WitnessStep> rebuild(size_t I, WitnessStep Last) {
    std::vector<WitnessStep> Steps{std::move(Last)};
    for (int At = static_cast<int>(I); At >= 0; At = Items[At].Parent)
      if (Items[At].Step)
        Steps.push_back(*Items[At].Step);
    std::reverse(Steps.begin(), Steps.end());
    return Steps;
  }

  const FunctionGraph &G;
  unsigned Stage;
  OutcomeBit Target;
  const SetupSummaries &S;
  std::vector<bool> LoopBodySets; // before Can: canSetUp fills it
  std::vector<bool> Can;
  std::vector<Item> Items;
  llvm::DenseSet<std::pair<unsigned, unsigned>> Seen;
};

} // namespace

std::vector<WitnessStep> findWitness(const FunctionGraph &G, unsigned Stage,
                                     OutcomeBit Target,
                                     const SetupSummaries &S, unsigned Depth) {
  std::vector<WitnessStep> Steps = WitnessSearch(G, Stage, Target, S).run();
  if (Depth == 0)
    return Steps;
  // Explain the calls on the path by paths inside the callees.
  for (WitnessStep &Step : Steps) {
    if (Step.What != WitnessStep::CallSkips && Step.What != WitnessStep::Serves)
      continue;
    const GraphEvent &E = G.Nodes[Step.Node].Events[Step.Event];
    if (E.Kind != GraphEventKind::Call)
      continue;
    if (const FunctionGraph *Callee = S.graph(G.Callees[E.Callee]))
      Step.Inner = findWitness(*Callee, Stage,
                               Step.What == WitnessStep::Serves ? ServesWithout
                                                                : ReturnsWithout,
                               S, Depth - 1);
  }
  return Steps;
}

} // namespace metrics_init_check
