//===--- SetupSummariesTest.cpp - The summary solver on hand-made graphs --===//
//
// FunctionGraphs built by hand (no AST), solved by SetupSummaries: the
// transfer rules, the fixpoint over recursion, summaries of other TUs, the
// witness search, and the graphs' index format.
//
//===----------------------------------------------------------------------===//

#include "SetupSummaries.h"

#include "gtest/gtest.h"

#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace metrics_init_check;

namespace {

constexpr unsigned Expose = 0, Register = 1, Create = 2;

/// A graph under construction: nodes by index, edges and events added in
/// order. Entry is node 0; the exit is whatever exit() names.
class Graph {
public:
  explicit Graph(std::string Usr, unsigned Nodes) {
    G.Usr = std::move(Usr);
    G.Name = "'" + G.Usr + "()'";
    G.Nodes.resize(Nodes);
    G.Exit = Nodes - 1;
  }
  Graph &edge(unsigned From, unsigned To) {
    G.Nodes[From].Succs.push_back(To);
    return *this;
  }
  Graph &setUp(unsigned Node, RoleMask Roles,
               std::vector<unsigned> ThrowsTo = {}) {
    GraphEvent E;
    E.Kind = GraphEventKind::SetUp;
    E.Roles = Roles;
    E.ThrowsTo = std::move(ThrowsTo);
    G.Nodes[Node].Events.push_back(E);
    return *this;
  }
  Graph &serve(unsigned Node) { return event(Node, GraphEventKind::Serve); }
  Graph &end(unsigned Node) { return event(Node, GraphEventKind::End); }
  Graph &call(unsigned Node, const std::string &Callee) {
    GraphEvent E;
    E.Kind = GraphEventKind::Call;
    auto It = std::find(G.Callees.begin(), G.Callees.end(), Callee);
    E.Callee = It - G.Callees.begin();
    if (It == G.Callees.end())
      G.Callees.push_back(Callee);
    G.Nodes[Node].Events.push_back(E);
    return *this;
  }
  Graph &branch(unsigned Node, BranchKind K) {
    G.Nodes[Node].Branch = K;
    return *this;
  }
  Graph &loopExit(unsigned Node, int Position) {
    G.Nodes[Node].LoopExit = Position;
    return *this;
  }
  const FunctionGraph &get() const { return G; }
  operator const FunctionGraph *() const { return &G; }

private:
  Graph &event(unsigned Node, GraphEventKind K) {
    GraphEvent E;
    E.Kind = K;
    G.Nodes[Node].Events.push_back(E);
    return *this;
  }
  FunctionGraph G;
};

const RoleMask ExposeRole = roleBit(ApiRole::Expose);
const RoleMask AllRoles = roleBit(ApiRole::Expose) |
                          roleBit(ApiRole::Register) | roleBit(ApiRole::Create);

Outcomes solveOne(const Graph &G, unsigned Stage) {
  SetupSummaries S;
  S.add(G);
  S.solve();
  const FunctionSummary *F = S.find(G.get().Usr);
  EXPECT_NE(F, nullptr);
  return F ? F->Stage[Stage] : 0;
}

/// if (c) SetUp(); return;
Graph diamond(std::string Usr) {
  Graph G(std::move(Usr), 4);
  G.edge(0, 1).edge(0, 2).edge(1, 3).edge(2, 3).setUp(1, ExposeRole);
  return G;
}

TEST(SetupSummariesTest, StraightLineSetsUpThenServes) {
  Graph G("main", 2);
  G.edge(0, 1).setUp(0, ExposeRole).serve(0);
  EXPECT_EQ(solveOne(G, Expose), ServesSetUp);
  // Only exposure was set up: for registering, the service serves without.
  EXPECT_EQ(solveOne(G, Register), ServesWithout);
}

TEST(SetupSummariesTest, SetUpAfterServingDoesNotCount) {
  Graph G("main", 2);
  G.edge(0, 1).serve(0).setUp(0, ExposeRole);
  EXPECT_EQ(solveOne(G, Expose), ServesWithout);
}

TEST(SetupSummariesTest, PlainBranchReturnsBothWays) {
  EXPECT_EQ(solveOne(diamond("f"), Expose), ReturnsSetUp | ReturnsWithout);
  EXPECT_EQ(solveOne(diamond("f"), Create), ReturnsWithout);
}

TEST(SetupSummariesTest, GuardAndEnvironmentBranchesDefer) {
  for (BranchKind K : {BranchKind::Guard, BranchKind::EnvBased}) {
    Graph G = diamond("f");
    G.branch(0, K);
    EXPECT_EQ(solveOne(G, Expose), ReturnsSetUp | ReturnsDeferred);
  }
}

TEST(SetupSummariesTest, DeferredBranchAppliesAfterSolvingAgain) {
  Graph G = diamond("f");
  SetupSummaries S;
  S.add(G);
  S.solve();
  EXPECT_EQ(S.find("f")->Stage[Expose], ReturnsSetUp | ReturnsWithout);
  EXPECT_FALSE(S.isDeferred(G.get(), 0));
  S.deferBranch(G.get(), 0);
  EXPECT_TRUE(S.isDeferred(G.get(), 0));
  S.solve();
  EXPECT_EQ(S.find("f")->Stage[Expose], ReturnsSetUp | ReturnsDeferred);
}

TEST(SetupSummariesTest, ExitOnTheSkippingBranchEndsThePath) {
  Graph G = diamond("f");
  G.end(2);
  EXPECT_EQ(solveOne(G, Expose), ReturnsSetUp);
}

TEST(SetupSummariesTest, LoopThatSetsUpIsAssumedToRun) {
  // for (auto &S : Sinks) S.Init(); -- head 0, body 1, after the loop 2.
  Graph G("f", 3);
  G.edge(0, 1).edge(0, 2).edge(1, 0).setUp(1, ExposeRole).loopExit(0, 1);
  EXPECT_EQ(solveOne(G, Expose), ReturnsSetUp);
  Graph NoLoop("g", 3);
  NoLoop.edge(0, 1).edge(0, 2).edge(1, 0).setUp(1, ExposeRole);
  EXPECT_EQ(solveOne(NoLoop, Expose), ReturnsSetUp | ReturnsWithout);
}

TEST(SetupSummariesTest, SetUpThatThrowsReachesTheHandlerWithout) {
  // try { SetUp(); Serve(); } catch (...) { Serve(); }
  Graph G("main", 3);
  G.setUp(0, ExposeRole, /*ThrowsTo=*/{1}).serve(0).serve(1).edge(0, 2);
  EXPECT_EQ(solveOne(G, Expose), ServesSetUp | ServesWithout);
}

TEST(SetupSummariesTest, CalleeSummariesFlowToCallers) {
  Graph Init("init", 2), Main("main", 2), Skip("skip", 2);
  Init.edge(0, 1).setUp(0, AllRoles);
  Main.edge(0, 1).call(0, "init").serve(0);
  Skip.edge(0, 1).call(0, "unknown").serve(0);
  SetupSummaries S;
  S.add(Main);
  S.add(Skip);
  S.add(Init);
  S.solve();
  for (unsigned Stage : {Expose, Register, Create}) {
    EXPECT_EQ(S.find("init")->Stage[Stage], ReturnsSetUp);
    EXPECT_EQ(S.find("main")->Stage[Stage], ServesSetUp);
    // A callee nothing is known of is transparent.
    EXPECT_EQ(S.find("skip")->Stage[Stage], ServesWithout);
  }
  EXPECT_EQ(S.callee(Main.get(), 0), S.find("init"));
  EXPECT_EQ(S.callee(Main.get(), 5), nullptr);
  EXPECT_EQ(S.graph("init"), &Init.get());
  EXPECT_EQ(S.graph("unknown"), nullptr);
}

TEST(SetupSummariesTest, ServingInsideACalleeIsTheCallersServing) {
  // main: SetUp(); Run();  with Run serving.  main2: Run() alone.
  Graph Run("run", 2), Main("main", 2), Main2("main2", 2);
  Run.edge(0, 1).serve(0);
  Main.edge(0, 1).setUp(0, ExposeRole).call(0, "run");
  Main2.edge(0, 1).call(0, "run");
  SetupSummaries S;
  for (const Graph *G : {&Run, &Main, &Main2})
    S.add(*G);
  S.solve();
  EXPECT_EQ(S.find("run")->Stage[Expose], ServesWithout);
  EXPECT_EQ(S.find("main")->Stage[Expose], ServesSetUp);
  EXPECT_EQ(S.find("main2")->Stage[Expose], ServesWithout);
}

TEST(SetupSummariesTest, RecursionReachesTheFixpoint) {
  // f: if (a) g(); else if (b) SetUp(); return;   g: f();
  Graph F("f", 5), G("g", 2);
  F.edge(0, 1).edge(0, 2).edge(2, 3).edge(2, 4).edge(1, 4).edge(3, 4);
  F.call(1, "g").setUp(3, ExposeRole);
  G.edge(0, 1).call(0, "f");
  for (bool GFirst : {false, true}) {
    SetupSummaries S;
    S.add(GFirst ? G : F);
    S.add(GFirst ? F : G);
    S.solve();
    EXPECT_EQ(S.find("f")->Stage[Expose], ReturnsSetUp | ReturnsWithout);
    EXPECT_EQ(S.find("g")->Stage[Expose], ReturnsSetUp | ReturnsWithout);
  }
}

TEST(SetupSummariesTest, RecursionWithoutABaseCaseNeverReturns) {
  Graph F("f", 2);
  F.edge(0, 1).setUp(0, ExposeRole).call(0, "f");
  EXPECT_EQ(solveOne(F, Expose), 0);
}

TEST(SetupSummariesTest, SummariesOfOtherTUs) {
  ProgramSummaries P;
  ExternalFunction Ext;
  Ext.Summary.Stage = {ReturnsSetUp, ReturnsWithout, ReturnsDeferred};
  P.Functions["ext"] = Ext;
  Graph Main("main", 2);
  Main.edge(0, 1).call(0, "ext").serve(0);
  SetupSummaries S;
  S.add(Main);
  S.addProgram(P);
  S.solve();
  EXPECT_EQ(S.find("ext")->Stage[Expose], ReturnsSetUp);
  EXPECT_EQ(S.find("main")->Stage[Expose], ServesSetUp);
  EXPECT_EQ(S.find("main")->Stage[Register], ServesWithout);
  EXPECT_EQ(S.find("main")->Stage[Create], ServesDeferred);
}

TEST(SetupSummariesTest, ALocalGraphWinsOverAnotherTUsSummaryAndTheFirstGraphWins) {
  ProgramSummaries P;
  P.Functions["f"].Summary.Stage = {ServesSetUp, ServesSetUp, ServesSetUp};
  Graph First = diamond("f"), Second("f", 2);
  Second.edge(0, 1);
  SetupSummaries S;
  S.add(First);
  S.add(Second);
  S.addProgram(P);
  S.solve();
  EXPECT_EQ(S.graphs().size(), 1u);
  EXPECT_EQ(S.find("f")->Stage[Expose], ReturnsSetUp | ReturnsWithout);
}

TEST(SetupSummariesTest, Matters) {
  FunctionSummary Transparent;
  Transparent.Stage = {ReturnsWithout, ReturnsWithout, ReturnsWithout};
  EXPECT_FALSE(Transparent.matters());
  FunctionSummary Serving = Transparent;
  Serving.Stage[Create] |= ServesWithout;
  EXPECT_TRUE(Serving.matters());
  EXPECT_TRUE(FunctionSummary().matters()) << "never returns";
}

TEST(SetupSummariesTest, CanSetUpStopsAtServingAndExits) {
  // 0 -> 1 (serves) -> 2 (sets up) -> 3 (exit);  0 -> 2
  Graph G("f", 4);
  G.edge(0, 1).edge(0, 2).edge(1, 2).edge(2, 3).serve(1).setUp(2, ExposeRole);
  SetupSummaries S;
  S.add(G);
  S.solve();
  EXPECT_EQ(canSetUp(G.get(), Expose, S),
            std::vector<bool>({true, false, true, false}));
  EXPECT_EQ(canSetUp(G.get(), Create, S),
            std::vector<bool>({false, false, false, false}));
}

TEST(SetupSummariesTest, WitnessIsTheShortestSkippingPath) {
  Graph Helper = diamond("helper");
  Graph Main("main", 2);
  Main.edge(0, 1).call(0, "helper").serve(0);
  SetupSummaries S;
  S.add(Helper);
  S.add(Main);
  S.solve();
  std::vector<WitnessStep> W =
      findWitness(Main.get(), Expose, ServesWithout, S);
  ASSERT_EQ(W.size(), 2u);
  EXPECT_EQ(W[0].What, WitnessStep::CallSkips);
  EXPECT_EQ(W[0].Graph, &Main.get());
  EXPECT_EQ(W[1].What, WitnessStep::Serves);
  // The call is explained inside the helper: the branch that skips, then
  // its return.
  ASSERT_EQ(W[0].Inner.size(), 2u);
  EXPECT_EQ(W[0].Inner[0].What, WitnessStep::Branch);
  EXPECT_EQ(W[0].Inner[0].Graph, &Helper.get());
  EXPECT_EQ(W[0].Inner[0].Succ, 1u);
  EXPECT_TRUE(W[0].Inner[0].Deciding);
  EXPECT_EQ(W[0].Inner[1].What, WitnessStep::Returns);
  EXPECT_TRUE(findWitness(Main.get(), Expose, ServesWithout, S, 0)[0]
                  .Inner.empty())
      << "depth 0 explains no call";
  EXPECT_TRUE(findWitness(Main.get(), Expose, ReturnsWithout, S).empty())
      << "main never returns";
}

TEST(SetupSummariesTest, NoWitnessWhenEveryPathSetsUp) {
  Graph G("main", 2);
  G.edge(0, 1).setUp(0, ExposeRole).serve(0);
  SetupSummaries S;
  S.add(G);
  S.solve();
  EXPECT_TRUE(findWitness(G.get(), Expose, ServesWithout, S).empty());
}

TEST(SetupSummariesTest, WorkIsLinearInTheCallChain) {
  auto WorkFor = [](unsigned N) {
    std::vector<Graph> Chain;
    for (unsigned I = 0; I < N; ++I) {
      Chain.emplace_back("f" + std::to_string(I), 4);
      Graph &G = Chain.back();
      G.edge(0, 1).edge(0, 2).edge(1, 3).edge(2, 3);
      if (I + 1 < N)
        G.call(1, "f" + std::to_string(I + 1));
      else
        G.setUp(1, ExposeRole);
    }
    SetupSummaries S;
    for (const Graph &G : Chain)
      S.add(G);
    S.solve();
    EXPECT_EQ(S.find("f0")->Stage[Expose], ReturnsSetUp | ReturnsWithout);
    return S.work();
  };
  // Each function is evaluated once per stage: every hundred more
  // functions cost the same.
  uint64_t W100 = WorkFor(100), W200 = WorkFor(200), W300 = WorkFor(300);
  EXPECT_GT(W100, 0u);
  EXPECT_EQ(W300 - W200, W200 - W100);
}

TEST(SetupSummariesTest, DumpNamesEveryOutcomeAndOtherTUsCallees) {
  EXPECT_EQ(describeOutcomes(0), "none");
  EXPECT_EQ(describeOutcomes(ReturnsSetUp | ServesDeferred),
            "returns-set-up serves-deferred");
  ProgramSummaries P;
  P.Functions["ext"].Summary.Stage = {ServesSetUp, ReturnsWithout,
                                      ReturnsDeferred};
  P.Functions["unused"].Summary.Stage = {ServesSetUp, ServesSetUp,
                                         ServesSetUp};
  Graph Main("main", 2);
  Main.edge(0, 1).call(0, "ext");
  SetupSummaries S;
  S.add(Main);
  S.addProgram(P);
  S.solve();
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  S.dump(OS);
  EXPECT_EQ(OS.str(), "summaries of 1 function(s)\n"
                      "  'main()'\n"
                      "    expose: serves-set-up\n"
                      "    register: returns-without\n"
                      "    create: returns-deferred\n"
                      "  other TU: ext\n"
                      "    expose: serves-set-up\n"
                      "    register: returns-without\n"
                      "    create: returns-deferred\n")
      << "only the other TUs' functions the local graphs call";
}

TEST(FunctionGraphTest, DumpOfAGraphReadBackNamesCalleesByUsr) {
  Graph G("c:@F@main#", 3);
  G.edge(0, 1).edge(0, 2).edge(1, 2).branch(0, BranchKind::Guard)
      .loopExit(0, 1).setUp(1, ExposeRole, {2}).call(1, "c:@F@run#").end(1);
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  G.get().dump(OS);
  EXPECT_EQ(OS.str(), "function 'c:@F@main#()'\n"
                      "  usr c:@F@main#\n"
                      "  B0 (entry)\n"
                      "    branch guard\n"
                      "    succs B1 B2 (loop exit)\n"
                      "  B1\n"
                      "    set-up expose, throws to B2\n"
                      "    call c:@F@run#\n"
                      "    end\n"
                      "    succs B2\n"
                      "  B2 (exit)\n");
}

TEST(FunctionGraphTest, IndexFormatRoundTrips) {
  Graph G("c:@F@main#", 4);
  G.edge(0, 1).edge(0, 2).edge(1, 3).edge(2, 3).branch(0, BranchKind::Guard)
      .loopExit(0, 1).setUp(1, AllRoles, {2}).call(2, "c:@F@run#").end(2);
  FunctionGraph Original = G.get();
  Original.Exported = true;
  Original.Location = "src/main.cpp:3";
  nlohmann::json J = Original;
  FunctionGraph Back = J.get<FunctionGraph>();
  EXPECT_TRUE(isWellFormed(Back));
  EXPECT_EQ(nlohmann::json(Back), J);
  EXPECT_EQ(Back.Nodes[0].Branch, BranchKind::Guard);
  EXPECT_EQ(Back.Nodes[0].LoopExit, 1);
  EXPECT_EQ(Back.Nodes[1].Events[0].ThrowsTo, std::vector<unsigned>({2}));
  EXPECT_EQ(Back.Callees, std::vector<std::string>({"c:@F@run#"}));
}

TEST(FunctionGraphTest, MalformedGraphsAreRejected) {
  Graph G = diamond("f");
  EXPECT_TRUE(isWellFormed(G.get()));
  FunctionGraph Bad = G.get();
  Bad.Nodes[0].Succs.push_back(9);
  EXPECT_FALSE(isWellFormed(Bad));
  Bad = G.get();
  Bad.Exit = 4;
  EXPECT_FALSE(isWellFormed(Bad));
  Bad = G.get();
  Bad.Nodes[0].LoopExit = 2;
  EXPECT_FALSE(isWellFormed(Bad));
  Bad = G.get();
  GraphEvent Call;
  Call.Kind = GraphEventKind::Call;
  Call.Callee = 0; // no callees
  Bad.Nodes[1].Events.push_back(Call);
  EXPECT_FALSE(isWellFormed(Bad));
  Bad = G.get();
  Bad.Nodes[1].Events[0].ThrowsTo = {4};
  EXPECT_FALSE(isWellFormed(Bad));
}

} // namespace
