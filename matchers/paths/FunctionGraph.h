//===--- FunctionGraph.h - A function's CFG reduced to metrics events -*- C++ -*-===//
//
// The whole-program analyses do not need clang's CFG, only what happens on
// it for metrics: set-up calls, serve points, exits, calls of other
// functions, and which branches are guards. A FunctionGraph keeps exactly
// that, one node per CFG block, so the same summary computation runs on a
// TU's own functions (with their AST nodes attached, for reporting) and on
// functions read back from the index of another TU (without them).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_PATHS_FUNCTIONGRAPH_H
#define METRICS_INIT_CHECK_MATCHERS_PATHS_FUNCTIONGRAPH_H

#include "TUFacts.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace metrics_init_check {

class EnvDependence;

enum class GraphEventKind : uint8_t {
  SetUp, ///< a set-up API is called directly (Roles says which)
  Serve, ///< a serve point is called directly
  End,   ///< the path stops: exit(), a [[noreturn]] call, throw, an error return
  Call,  ///< another function with a graph (or an external summary) runs
};

struct GraphEvent {
  GraphEventKind Kind = GraphEventKind::End;
  RoleMask Roles = 0;  ///< SetUp: the roles the call sets up
  unsigned Callee = 0; ///< Call: index into FunctionGraph::Callees
  /// Set-up that may throw into these catch handlers (node indices): the
  /// handler then runs without the set-up having happened.
  std::vector<unsigned> ThrowsTo;
  /// The statement, in the TU that built the graph; null when read back.
  const clang::Stmt *Site = nullptr;
};

/// How a branch relates to metrics, decided when the graph is built.
enum class BranchKind : uint8_t {
  Plain,
  Guard,    ///< tests whether an object exists (`if (exposer)`)
  EnvBased, ///< depends on the environment: metrics-env-conditional-init's
};

struct GraphNode {
  std::vector<GraphEvent> Events;
  std::vector<unsigned> Succs;
  BranchKind Branch = BranchKind::Plain;
  /// For a loop's head: the position in Succs of the edge that leaves the
  /// loop; -1 otherwise. A loop whose body sets up metrics is assumed to
  /// run at least once (`for (auto &s : sinks) s.Init();`).
  int LoopExit = -1;
  /// The branch statement (if, switch, loop, ?:) in the building TU.
  const clang::Stmt *Terminator = nullptr;
};

struct FunctionGraph {
  std::string Usr;  ///< clang's USR: the same in every TU
  std::string Name; ///< qualified, for messages
  /// Callable from other TUs (external linkage); only those are indexed.
  bool Exported = false;
  std::vector<GraphNode> Nodes;
  unsigned Entry = 0, Exit = 0;
  std::vector<std::string> Callees; ///< USRs of the functions called
  /// USRs of the project's own functions whose calls are set-up because a
  /// pack lists them (an in-house InitMetrics()): the path analysis takes
  /// the pack's word and does not look inside, but the wrapper's TU is
  /// still part of every program that calls it (ProgramVerdicts.h).
  std::vector<std::string> SetUpCallees;
  const clang::FunctionDecl *Decl = nullptr; ///< in the building TU
  /// Where it is defined ("src/telemetry.cpp:12"), for messages.
  std::string Location;

  /// A readable listing, one node per line group, for debugging and the
  /// lit tests of graph building (`metrics-init-check --dump=function-graphs`).
  void dump(llvm::raw_ostream &OS) const;
};

/// Builds the graph of \p FD from its CFG; null if there is no CFG.
/// \p Env classifies branch conditions.
std::unique_ptr<FunctionGraph> buildFunctionGraph(const TUFacts &Facts,
                                                  EnvDependence &Env,
                                                  const clang::FunctionDecl *FD);

void to_json(nlohmann::json &J, const FunctionGraph &G);
void from_json(const nlohmann::json &J, FunctionGraph &G);
/// Whether every index in a graph read back from disk is in range: an
/// index file is input like any other.
bool isWellFormed(const FunctionGraph &G);

} // namespace metrics_init_check

#endif
