//===--- HoistFix.h - Fix-it: run a set-up statement earlier ------*- C++ -*-===//
//
// The fix both path rules offer: move the statement that sets up metrics
// so that it runs before a decision (metrics-env-conditional-init, the
// skipping branch of metrics-init-not-on-all-paths) or before the call
// that starts serving. Offered only where moving cannot change what the
// statement computes.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FIXES_HOISTFIX_H
#define METRICS_INIT_CHECK_MATCHERS_FIXES_HOISTFIX_H

#include "Finding.h"
#include "StatementParents.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace metrics_init_check {

/// Adds to \p F the edits that move the expression statement \p Moved to
/// just before the statement \p Before, and returns true; returns false
/// (leaving \p F alone) when that is not safe:
/// - either is spelled in a macro, or \p Before is not a statement of a
///   block (nowhere to insert a statement);
/// - \p Moved uses something declared between \p Before and itself, or
///   shares a variable with one of \p Tests (never move `exposer->Add()`
///   above `if (exposer)`), or holds a lambda;
/// - \p Moved sits in a loop, a try block or a handler that \p Before is
///   not in: moving it out would change how often it runs or what catches.
/// \p Description becomes the fix's description.
bool addHoistFix(clang::ASTContext &Ctx, StatementParents &Parents,
                 const clang::Expr *Moved, const clang::Stmt *Before,
                 llvm::ArrayRef<const clang::Expr *> Tests,
                 llvm::StringRef Description, Finding &F);

/// The statement \p E stands as: \p E itself, or the expression statement
/// or variable declaration whose full expression it is. Null when \p E is
/// part of a larger expression.
const clang::Stmt *statementOf(StatementParents &Parents, const clang::Expr *E);

} // namespace metrics_init_check

#endif
