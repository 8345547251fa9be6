//===--- StatementParents.cpp - Parents of statements, one function at a time -===//

#include "StatementParents.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallVector.h"

namespace metrics_init_check {

using namespace clang;

/// A tree of statements that hangs from a declaration.
struct StatementParents::Tree {
  const Stmt *Top;
  /// What getParents gives for Top: the function of a body, the variable
  /// or field of an initialiser, the constructor of a member initialiser.
  const Decl *Owner;
  std::unique_ptr<ParentMap> Map;

  bool holds(const Stmt *S) const { return S == Top || Map->hasParent(S); }
};

namespace {

struct Root {
  const Stmt *Top;
  const Decl *Owner;
};

/// The expansion range of \p D in the main file's terms; invalid if none.
std::pair<SourceLocation, SourceLocation> writtenRange(const SourceManager &SM,
                                                       const Decl *D) {
  SourceRange R = D->getSourceRange();
  if (R.isInvalid())
    return {};
  return {SM.getExpansionLoc(R.getBegin()),
          SM.getExpansionRange(R.getEnd()).getEnd()};
}

/// Finds the roots that may hold a location, descending only into the
/// declarations written around it: a few dozen checks, where getParents
/// visits every node of the TU.
class RootFinder {
public:
  RootFinder(const SourceManager &SM, SourceLocation Loc) : SM(SM), Loc(Loc) {}

  /// Outer roots come before the roots nested in them.
  llvm::SmallVector<Root, 4> Found;

  void visit(const Decl *D) {
    if (!holdsLoc(D))
      return;
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D)) {
      visit(Template->getTemplatedDecl());
      for (const FunctionDecl *Spec : Template->specializations())
        visit(Spec);
      return;
    }
    if (const auto *Template = dyn_cast<ClassTemplateDecl>(D)) {
      visit(Template->getTemplatedDecl());
      for (const ClassTemplateSpecializationDecl *Spec :
           Template->specializations())
        visit(Spec);
      return;
    }
    if (const auto *Var = dyn_cast<VarDecl>(D)) {
      if (const Expr *Init = Var->getInit())
        Found.push_back({Init, Var});
      return;
    }
    if (const auto *Field = dyn_cast<FieldDecl>(D)) {
      if (const Expr *Init = Field->getInClassInitializer())
        Found.push_back({Init, Field});
      return;
    }
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->isWritten() && Init->getInit())
          Found.push_back({Init->getInit(), Ctor});
    if (const auto *Function = dyn_cast<FunctionDecl>(D))
      if (Function->doesThisDeclarationHaveABody())
        if (const Stmt *Body = Function->getBody())
          Found.push_back({Body, Function});
    // Namespaces, classes, and functions (their local classes and
    // variables).
    if (const auto *DC = dyn_cast<DeclContext>(D))
      for (const Decl *Inner : DC->decls())
        visit(Inner);
  }

private:
  bool holdsLoc(const Decl *D) const {
    auto [Begin, End] = writtenRange(SM, D);
    return Begin.isValid() && End.isValid() &&
           !SM.isBeforeInTranslationUnit(Loc, Begin) &&
           !SM.isBeforeInTranslationUnit(End, Loc);
  }

  const SourceManager &SM;
  SourceLocation Loc;
};

} // namespace

StatementParents::StatementParents(ASTContext &Ctx) : Ctx(Ctx) {}
StatementParents::~StatementParents() = default;

void StatementParents::indexTopLevel() {
  // The TU's top-level declarations are mostly the headers': sorted by
  // file once, a statement's search looks at its own file's only.
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    auto [Begin, End] = writtenRange(SM, D);
    if (Begin.isInvalid() || End.isInvalid())
      continue;
    FileID File = SM.getFileID(Begin);
    if (File == SM.getFileID(End))
      ByFile[File].push_back(D);
    else
      Spanning.push_back(D);
  }
  Indexed = true;
}

StatementParents::Tree *StatementParents::treeOf(const Stmt *S) {
  for (const std::unique_ptr<Tree> &T : Trees)
    if (T->holds(S))
      return T.get();
  SourceLocation Loc = S->getBeginLoc();
  if (Loc.isInvalid())
    return nullptr;
  if (!Indexed)
    indexTopLevel();
  const SourceManager &SM = Ctx.getSourceManager();
  Loc = SM.getExpansionLoc(Loc);
  RootFinder Finder(SM, Loc);
  auto It = ByFile.find(SM.getFileID(Loc));
  if (It != ByFile.end())
    for (const Decl *D : It->second)
      Finder.visit(D);
  for (const Decl *D : Spanning)
    Finder.visit(D);
  // The innermost tree that holds S: a lambda's body is held by its call
  // operator and by the function that spells the lambda.
  for (auto R = Finder.Found.rbegin(); R != Finder.Found.rend(); ++R) {
    auto T = std::make_unique<Tree>();
    T->Top = R->Top;
    T->Owner = R->Owner;
    T->Map = std::make_unique<ParentMap>(const_cast<Stmt *>(R->Top));
    if (T->holds(S)) {
      Trees.push_back(std::move(T));
      return Trees.back().get();
    }
  }
  return nullptr;
}

DynTypedNodeList StatementParents::of(const Stmt &S) {
  Tree *T = treeOf(&S);
  if (!T)
    return Ctx.getParents(S);
  // One knowing difference: getParents may give a field's in-class
  // initialiser a CXXDefaultInitExpr of some constructor first; the field
  // is what every caller takes from either.
  if (&S == T->Top)
    return DynTypedNode::create(*T->Owner);
  const Stmt *P = T->Map->getParent(&S);
  // Where getParents' traversal goes through a declaration, and
  // clang::ParentMap does not: a variable's initialiser, a lambda's body
  // (under its call operator) and init-captures.
  if (const auto *Decls = dyn_cast<DeclStmt>(P)) {
    for (const Decl *D : Decls->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D); Var && Var->getInit() == &S)
        return DynTypedNode::create(*Var);
    return Ctx.getParents(S); // a VLA bound: under a type, not a variable
  }
  if (const auto *Lambda = dyn_cast<LambdaExpr>(P)) {
    if (Lambda->getBody() == &S)
      return DynTypedNode::create(*Lambda->getCallOperator());
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Lambda->isInitCapture(&Capture))
        if (const auto *Var = cast<VarDecl>(Capture.getCapturedVar());
            Var->getInit() == &S)
          return DynTypedNode::create(*Var);
  }
  return DynTypedNode::create(*P);
}

} // namespace metrics_init_check
