//===--- SetupSummaries.h - What every path of a function does for metrics -*- C++ -*-===//
//
// Per function and per stage of set-up (expose, register, create): which
// ways its paths can end. A path returns or starts serving, with metrics
// set up, without, or "deferred" (it skipped the set-up at a guard or an
// environment decision, which other rules own); error exits end it.
//
// Summaries are computed bottom-up over the call graph by a fixpoint on
// FunctionGraphs, so recursion terminates and a function's summary is the
// same whether its callers sit in its own TU or another. The same transfer
// rules drive the witness search that explains a finding.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_PATHS_SETUPSUMMARIES_H
#define METRICS_INIT_CHECK_MATCHERS_PATHS_SETUPSUMMARIES_H

#include "FunctionGraph.h"
#include "ProgramSummaries.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <array>

namespace metrics_init_check {

/// "returns-set-up serves-without", or "none": for dumps.
std::string describeOutcomes(Outcomes O);

/// Summaries of a set of function graphs, solved together, plus fixed
/// summaries of functions whose graphs live elsewhere (other TUs).
class SetupSummaries {
public:
  /// Graphs are not owned and must outlive this object. A second graph
  /// with the same USR (an inline function seen by several TUs) is ignored.
  void add(const FunctionGraph *G);
  void addProgram(const ProgramSummaries &P);
  /// Computes every added graph's summary.
  void solve();
  /// Treats the branch at \p Node of \p G like a guard from now on: its
  /// skipping paths are accounted for (reported already). Call solve()
  /// again for the summaries to reflect it.
  void deferBranch(const FunctionGraph &G, unsigned Node) {
    DeferredBranches.insert({&G, Node});
  }
  bool isDeferred(const FunctionGraph &G, unsigned Node) const {
    return G.Nodes[Node].Branch != BranchKind::Plain ||
           DeferredBranches.count({&G, Node});
  }

  const FunctionSummary *find(llvm::StringRef Usr) const;
  /// The summary of callee \p Index of \p G, if known.
  const FunctionSummary *callee(const FunctionGraph &G, unsigned Index) const;
  /// The local graph with this USR, if one was added.
  const FunctionGraph *graph(llvm::StringRef Usr) const;
  llvm::ArrayRef<const FunctionGraph *> graphs() const { return Graphs; }

  /// Nodes processed by solve(): the work done, which tests compare across
  /// program sizes to show the pass stays linear.
  uint64_t work() const { return Work; }

  /// Every local graph's summary, stage by stage, then the summaries of
  /// other TUs' functions the local graphs call (`metrics-init-check
  /// --dump=summaries`).
  void dump(llvm::raw_ostream &OS) const;

private:
  Outcomes evaluate(const FunctionGraph &G, unsigned Stage);

  std::vector<const FunctionGraph *> Graphs;
  std::vector<FunctionSummary> Solved;
  llvm::StringMap<unsigned> ByUsr;
  llvm::StringMap<FunctionSummary> External;
  llvm::DenseSet<std::pair<const FunctionGraph *, unsigned>> DeferredBranches;
  uint64_t Work = 0;
};

/// The graphs of one TU's own functions, solved with what the program
/// says of the functions other TUs define.
struct TUSummaries {
  std::vector<std::unique_ptr<FunctionGraph>> Graphs;
  llvm::DenseMap<const clang::FunctionDecl *, const FunctionGraph *> ByDecl;
  SetupSummaries Summaries;

  static std::unique_ptr<TUSummaries> build(const TUFacts &Facts);
  const FunctionGraph *graphOf(const clang::FunctionDecl *FD) const {
    return ByDecl.lookup(FD);
  }
};

/// Which nodes of \p G can still reach set-up of \p Stage, through the
/// graph's own events and its callees' summaries. With \p LoopBodySets,
/// also, per loop head, whether its body can set up before it comes back
/// to the head: only such a loop is assumed to run.
std::vector<bool> canSetUp(const FunctionGraph &G, unsigned Stage,
                           const SetupSummaries &S,
                           std::vector<bool> *LoopBodySets = nullptr);

/// One step of a path that skips set-up, in the graph where it happens.
struct WitnessStep {
  enum Kind {
    Branch,    ///< takes successor Succ of Node; Deciding: the other side sets up
    CallSkips, ///< calls a function that returns without set-up (Inner explains)
    Serves,    ///< a serve point, or a call that serves without set-up (Inner)
    Returns,   ///< reaches the end of the function
    Throws,    ///< set-up throws into a catch handler
  };
  Kind What = Branch;
  const FunctionGraph *Graph = nullptr;
  unsigned Node = 0;
  unsigned Event = 0; ///< CallSkips, Serves, Throws
  unsigned Succ = 0;  ///< Branch: position in Succs
  bool Deciding = false;
  std::vector<WitnessStep> Inner;
};

/// A shortest path through \p G, from its entry without set-up of \p Stage,
/// that ends as \p Target says (ServesWithout or ReturnsWithout); calls on
/// it are explained by paths inside their callees, \p Depth levels deep.
/// Empty when there is none.
std::vector<WitnessStep> findWitness(const FunctionGraph &G, unsigned Stage,
                                     OutcomeBit Target,
                                     const SetupSummaries &S,
                                     unsigned Depth = 4);

} // namespace metrics_init_check

#endif
