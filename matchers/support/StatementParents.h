//===--- StatementParents.h - Parents of statements, one function at a time -*- C++ -*-===//
//
// ASTContext::getParents builds, on first use, a parent map of the whole
// TU: every declaration of every header, the standard library and the
// metrics libraries included. That costs about half as much as parsing the
// TU, while the rules ask for the parents of a few statements of a few
// functions (to place a fix, to follow where an object goes).
//
// StatementParents answers the same question for statements by mapping
// only the trees asked about: a function body, or the initialiser of a
// variable or a field, found by descending the declarations written around
// the statement. Its answers are getParents' first parent: a statement, or
// the declaration a tree hangs from (the variable an initialiser belongs
// to, the function of a body, the constructor of a member initialiser, a
// lambda's call operator). One exception, the same to every caller: a
// field's in-class initialiser hangs from the field, never from some
// constructor's CXXDefaultInitExpr. Where it finds no tree, it asks
// getParents.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_SUPPORT_STATEMENTPARENTS_H
#define METRICS_INIT_CHECK_MATCHERS_SUPPORT_STATEMENTPARENTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <vector>

namespace clang {
class ParentMap;
}

namespace metrics_init_check {

class StatementParents {
public:
  explicit StatementParents(clang::ASTContext &Ctx);
  ~StatementParents();

  /// What Ctx.getParents(S) would give first, as a one-element list (or
  /// getParents' own list where no tree holds \p S).
  clang::DynTypedNodeList of(const clang::Stmt &S);

  /// The statement \p S is a child of; null when its parent is a
  /// declaration.
  const clang::Stmt *parent(const clang::Stmt *S) {
    clang::DynTypedNodeList Parents = of(*S);
    return Parents.empty() ? nullptr : Parents[0].get<clang::Stmt>();
  }

private:
  struct Tree;
  /// The mapped tree that holds \p S, mapping it on first use.
  Tree *treeOf(const clang::Stmt *S);
  void indexTopLevel();

  clang::ASTContext &Ctx;
  std::vector<std::unique_ptr<Tree>> Trees;
  /// Top-level declarations written within one file, by file; and those
  /// that span files (a namespace around an #include).
  llvm::DenseMap<clang::FileID, std::vector<const clang::Decl *>> ByFile;
  std::vector<const clang::Decl *> Spanning;
  bool Indexed = false;
};

} // namespace metrics_init_check

#endif
