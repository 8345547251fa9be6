//===--- FunctionGraph.cpp - A function's CFG reduced to metrics events ----===//

#include "FunctionGraph.h"
#include "EnvDependence.h"
#include "JsonSafety.h"
#include "PathSearch.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/StringSet.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

using namespace clang;

namespace {

class GraphBuilder {
public:
  GraphBuilder(const TUFacts &Facts, EnvDependence &Env, const FunctionDecl *FD,
               const FunctionCFG &G, FunctionGraph &Out)
      : Facts(Facts), Env(Env), FD(FD), C(*G.Graph), Out(Out), Paths(Facts) {}

  void build() {
    Out.Nodes.resize(C.getNumBlockIDs());
    Out.Entry = C.getEntry().getBlockID();
    Out.Exit = C.getExit().getBlockID();
    for (const CFGBlock *B : C)
      if (const auto *Catch = dyn_cast_or_null<CXXCatchStmt>(B->getLabel()))
        Handlers[Catch] = B->getBlockID();
    for (const CFGBlock *B : C)
      buildNode(*B, Out.Nodes[B->getBlockID()]);
  }

private:
  void buildNode(const CFGBlock &B, GraphNode &N) {
    for (const CFGElement &Element : B) {
      auto S = Element.getAs<CFGStmt>();
      if (!S)
        continue;
      lowerStmt(S->getStmt(), N);
    }
    for (const CFGBlock::AdjacentBlock &Adj : B.succs()) {
      const CFGBlock *Next = Adj.getReachableBlock();
      if (!Next)
        continue;
      // The edge leaving a for/while loop is the last successor.
      if (isa_and_nonnull<ForStmt, WhileStmt, CXXForRangeStmt>(
              B.getTerminatorStmt()) &&
          &Adj == &*(B.succs().end() - 1))
        N.LoopExit = N.Succs.size();
      N.Succs.push_back(Next->getBlockID());
    }
    if (N.Succs.size() > 1)
      classifyBranch(B, N);
  }

  void classifyBranch(const CFGBlock &B, GraphNode &N) {
    N.Terminator = B.getTerminatorStmt();
    const auto *Cond =
        dyn_cast_or_null<Expr>(B.getTerminatorCondition(/*StripParens=*/false));
    if (!Cond)
      return;
    if (isObjectNullTest(Cond)) {
      N.Branch = BranchKind::Guard;
      return;
    }
    llvm::SmallVector<const Expr *, 8> CaseValues;
    if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(N.Terminator))
      for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case;
           Case = Case->getNextSwitchCase())
        if (const auto *CS = dyn_cast<CaseStmt>(Case))
          CaseValues.push_back(CS->getLHS());
    if (Env.ofCondition(Cond, CaseValues))
      N.Branch = BranchKind::EnvBased;
  }

  void lowerStmt(const Stmt *S, GraphNode &N) {
    if (const auto *R = dyn_cast<ReturnStmt>(S)) {
      if (Paths.isFailureReturn(FD, R))
        N.Events.push_back(event(GraphEventKind::End, S));
      return;
    }
    if (isa<CXXThrowExpr>(S)) {
      N.Events.push_back(event(GraphEventKind::End, S));
      return;
    }
    const FunctionDecl *Callee = calleeOf(S);
    if (!Callee)
      return;
    // Lambdas handed to the call (std::call_once, a thread) run first, as
    // far as the order of set-up and serving is concerned.
    auto LambdaArgs = [&](auto Args) {
      for (const Expr *Arg : Args)
        if (const auto *L = dyn_cast<LambdaExpr>(Arg->IgnoreImplicit()))
          addCall(L->getCallOperator(), S, N);
    };
    if (const auto *Call = dyn_cast<CallExpr>(S))
      LambdaArgs(Call->arguments());
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      LambdaArgs(Construct->arguments());

    Effect Direct = Facts.directEffect(S, 0);
    if (Direct.Kind == EffectKind::Exit) {
      N.Events.push_back(event(GraphEventKind::End, S));
      return;
    }
    RoleMask Roles = 0;
    for (ApiRole Role : {ApiRole::Create, ApiRole::Register, ApiRole::Expose,
                         ApiRole::SelfRegister})
      if (Facts.directEffect(S, roleBit(Role)).Kind == EffectKind::Init)
        Roles |= roleBit(Role);
    if (Roles) {
      GraphEvent E = event(GraphEventKind::SetUp, S);
      E.Roles = Roles;
      N.Events.push_back(std::move(E));
      noteSetUpCallee(Callee);
      return;
    }
    if (Direct.Kind == EffectKind::Serve) {
      N.Events.push_back(event(GraphEventKind::Serve, S));
      return;
    }
    // std::make_unique<Service>(...) runs one of Service's constructors.
    if (const CXXRecordDecl *Made = constructedThroughFactory(Callee)) {
      if (Made->hasDefinition())
        for (const CXXConstructorDecl *Ctor : Made->ctors())
          if (!Ctor->isCopyOrMoveConstructor() && Ctor->isUserProvided())
            addCall(Ctor, S, N);
      return;
    }
    addCall(Callee, S, N);
  }

  void noteSetUpCallee(const FunctionDecl *Callee) {
    Callee = TUFacts::definitionOf(Callee);
    bool Own = Callee->hasBody() ? Facts.isOwnCode(Callee->getLocation())
                                 : mayHaveExternalSummary(Facts, Callee);
    if (!Own)
      return;
    std::string Usr = usrOf(Callee);
    if (!Usr.empty() && SetUpCalleeSeen.insert(Usr).second)
      Out.SetUpCallees.push_back(std::move(Usr));
  }

  void addCall(const FunctionDecl *Callee, const Stmt *Site, GraphNode &N) {
    Callee = TUFacts::definitionOf(Callee);
    bool Local = Callee->hasBody() && Facts.isOwnCode(Callee->getLocation());
    if (!Local && !mayHaveExternalSummary(Facts, Callee))
      return;
    std::string Usr = usrOf(Callee);
    if (Usr.empty())
      return;
    auto [It, New] = CalleeIndex.try_emplace(Usr, Out.Callees.size());
    if (New)
      Out.Callees.push_back(Usr);
    GraphEvent E = event(GraphEventKind::Call, Site);
    E.Callee = It->second;
    N.Events.push_back(std::move(E));
  }

  GraphEvent event(GraphEventKind Kind, const Stmt *Site) {
    GraphEvent E;
    E.Kind = Kind;
    E.Site = Site;
    if (Kind == GraphEventKind::SetUp || Kind == GraphEventKind::Call)
      E.ThrowsTo = handlersAround(Site);
    return E;
  }

  /// The catch handlers of the try blocks around \p S, innermost first:
  /// where control goes when the set-up throws.
  std::vector<unsigned> handlersAround(const Stmt *S) {
    std::vector<unsigned> Out;
    if (Handlers.empty())
      return Out;
    if (!Parents)
      Parents = std::make_unique<ParentMap>(const_cast<Stmt *>(FD->getBody()));
    const Stmt *Child = S;
    for (const Stmt *P = Parents->getParent(S); P;
         Child = P, P = Parents->getParent(P)) {
      const auto *Try = dyn_cast<CXXTryStmt>(P);
      if (!Try || Child != Try->getTryBlock())
        continue;
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
        auto It = Handlers.find(Try->getHandler(I));
        if (It != Handlers.end())
          Out.push_back(It->second);
      }
      break; // a handler that rethrows ends its own path
    }
    return Out;
  }

  const TUFacts &Facts;
  EnvDependence &Env;
  const FunctionDecl *FD;
  const CFG &C;
  FunctionGraph &Out;
  PathSearch Paths;
  llvm::DenseMap<const Stmt *, unsigned> Handlers;
  std::unique_ptr<ParentMap> Parents;
  llvm::StringMap<unsigned> CalleeIndex;
  llvm::StringSet<> SetUpCalleeSeen;
};

std::string locationOf(const ASTContext &Ctx, const FunctionDecl *FD) {
  const SourceManager &SM = Ctx.getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(FD->getLocation()));
  if (P.isInvalid())
    return std::string();
  return std::string(P.getFilename()) + ":" + std::to_string(P.getLine());
}

} // namespace

std::unique_ptr<FunctionGraph> buildFunctionGraph(const TUFacts &Facts,
                                                  EnvDependence &Env,
                                                  const FunctionDecl *FD) {
  const FunctionCFG *G = Facts.cfg(FD);
  if (!G)
    return nullptr;
  auto Out = std::make_unique<FunctionGraph>();
  Out->Decl = FD;
  Out->Usr = usrOf(FD);
  Out->Name = functionLabel(FD);
  Out->Exported = FD->isExternallyVisible();
  Out->Location = locationOf(Facts.context(), FD);
  GraphBuilder(Facts, Env, FD, *G, *Out).build();
  return Out;
}

// The index stores graphs compactly: node lists of events [kind, value,
// handlers...] and successors; AST pointers are not stored.
void to_json(nlohmann::json &J, const FunctionGraph &G) {
  nlohmann::json Nodes = nlohmann::json::array();
  for (const GraphNode &N : G.Nodes) {
    nlohmann::json Node = nlohmann::json::object();
    if (!N.Events.empty()) {
      nlohmann::json Events = nlohmann::json::array();
      for (const GraphEvent &E : N.Events) {
        nlohmann::json Ev = {static_cast<int>(E.Kind),
                             E.Kind == GraphEventKind::Call ? E.Callee
                                                            : E.Roles};
        for (unsigned H : E.ThrowsTo)
          Ev.push_back(H);
        Events.push_back(std::move(Ev));
      }
      Node["e"] = std::move(Events);
    }
    if (!N.Succs.empty())
      Node["s"] = N.Succs;
    if (N.Branch != BranchKind::Plain)
      Node["b"] = static_cast<int>(N.Branch);
    if (N.LoopExit >= 0)
      Node["l"] = N.LoopExit;
    Nodes.push_back(std::move(Node));
  }
  J = {{"usr", G.Usr},       {"name", G.Name},   {"loc", G.Location},
       {"exported", G.Exported},
       {"entry", G.Entry},   {"exit", G.Exit},   {"callees", G.Callees},
       {"nodes", std::move(Nodes)}};
  if (!G.SetUpCallees.empty())
    J["setup_callees"] = G.SetUpCallees;
}

// Read from an index directory, which may be damaged: every number is
// checked (JsonSafety.h), so a float or an out-of-range value throws and the
// entry is analysed again instead of being cast unchecked.
void from_json(const nlohmann::json &J, FunctionGraph &G) {
  G.Usr = J.at("usr").get<std::string>();
  G.Name = J.at("name").get<std::string>();
  G.Location = J.value("loc", std::string());
  G.Entry = jsonUnsigned<unsigned>(J.at("entry"));
  G.Exit = jsonUnsigned<unsigned>(J.at("exit"));
  G.Callees = J.at("callees").get<std::vector<std::string>>();
  G.SetUpCallees = J.value("setup_callees", std::vector<std::string>());
  G.Exported = J.value("exported", false);
  for (const nlohmann::json &Node : J.at("nodes")) {
    GraphNode N;
    if (auto It = Node.find("e"); It != Node.end())
      for (const nlohmann::json &Ev : *It) {
        GraphEvent E;
        E.Kind = jsonEnum(Ev.at(0), GraphEventKind::Call);
        if (E.Kind == GraphEventKind::Call)
          E.Callee = jsonUnsigned<unsigned>(Ev.at(1));
        else
          E.Roles = jsonUnsigned<RoleMask>(Ev.at(1));
        for (size_t I = 2; I < Ev.size(); ++I)
          E.ThrowsTo.push_back(jsonUnsigned<unsigned>(Ev.at(I)));
        N.Events.push_back(std::move(E));
      }
    if (auto It = Node.find("s"); It != Node.end())
      for (const nlohmann::json &Succ : *It)
        N.Succs.push_back(jsonUnsigned<unsigned>(Succ));
    if (auto It = Node.find("b"); It != Node.end())
      N.Branch = jsonEnum(*It, BranchKind::EnvBased);
    if (auto It = Node.find("l"); It != Node.end())
      N.LoopExit = static_cast<int>(
          jsonInteger(*It, -1, std::numeric_limits<int>::max()));
    G.Nodes.push_back(std::move(N));
  }
}

/// The function a call or construction at \p S runs, quoted; empty for
/// graphs read back from the index, which have no statements.
static std::string calleeOfSite(const Stmt *S) {
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(S))
    Callee = directCalleeOf(Call);
  else if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(S))
    Callee = Construct->getConstructor();
  return Callee ? "'" + Callee->getQualifiedNameAsString() + "'"
                : std::string();
}

void FunctionGraph::dump(llvm::raw_ostream &OS) const {
  OS << "function " << Name << (Exported ? " exported" : "")
     << (Location.empty() ? "" : " at " + Location) << "\n";
  OS << "  usr " << Usr << "\n";
  for (unsigned I = 0; I < Nodes.size(); ++I) {
    const GraphNode &N = Nodes[I];
    OS << "  B" << I << (I == Entry ? " (entry)" : "")
       << (I == Exit ? " (exit)" : "") << "\n";
    for (const GraphEvent &E : N.Events) {
      switch (E.Kind) {
      case GraphEventKind::SetUp:
        OS << "    set-up";
        for (unsigned R = 0; R < NumApiRoles; ++R)
          if (E.Roles & (1u << R))
            OS << " " << apiRoleName(static_cast<ApiRole>(R));
        break;
      case GraphEventKind::Serve:
        OS << "    serve";
        break;
      case GraphEventKind::End:
        OS << "    end";
        break;
      case GraphEventKind::Call:
        OS << "    call";
        break;
      }
      std::string Site = calleeOfSite(E.Site);
      if (!Site.empty())
        OS << " " << Site;
      else if (E.Kind == GraphEventKind::Call && E.Callee < Callees.size())
        OS << " " << Callees[E.Callee];
      if (!E.ThrowsTo.empty()) {
        OS << ", throws to";
        for (unsigned H : E.ThrowsTo)
          OS << " B" << H;
      }
      OS << "\n";
    }
    if (N.Branch != BranchKind::Plain)
      OS << "    branch "
         << (N.Branch == BranchKind::Guard ? "guard" : "environment") << "\n";
    if (!N.Succs.empty()) {
      OS << "    succs";
      for (unsigned K = 0; K < N.Succs.size(); ++K)
        OS << " B" << N.Succs[K]
           << (static_cast<int>(K) == N.LoopExit ? " (loop exit)" : "");
      OS << "\n";
    }
  }
}

bool isWellFormed(const FunctionGraph &G) {
  size_t Size = G.Nodes.size();
  if (G.Entry >= Size || G.Exit >= Size)
    return false;
  for (const GraphNode &N : G.Nodes) {
    if (N.Branch > BranchKind::EnvBased)
      return false;
    for (unsigned S : N.Succs)
      if (S >= Size)
        return false;
    if (N.LoopExit >= static_cast<int>(N.Succs.size()))
      return false;
    for (const GraphEvent &E : N.Events) {
      if (E.Kind > GraphEventKind::Call ||
          (E.Kind == GraphEventKind::Call && E.Callee >= G.Callees.size()))
        return false;
      for (unsigned H : E.ThrowsTo)
        if (H >= Size)
          return false;
    }
  }
  return true;
}

} // namespace metrics_init_check
