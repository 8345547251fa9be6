//===--- ObjectIndex.h - What object tracing needs of a whole TU -*- C++ -*-===//
//
// Internal to objects/: the per-TU index of references and creations the
// tracer (ObjectFlow.cpp) and the holder record (HolderRecord.cpp) share,
// and how a holder is named across TUs ("param:<usr>#0", "ret:<usr>").
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_OBJECTS_OBJECTINDEX_H
#define METRICS_INIT_CHECK_MATCHERS_OBJECTS_OBJECTINDEX_H

#include "ObjectFlow.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <set>
#include <string>

namespace metrics_init_check {
namespace object_flow {

using namespace clang;

/// shared_ptr, unique_ptr, weak_ptr (std's or opentelemetry's nostd): a
/// handle to the same object, not another object.
bool isSmartPointerRecord(const CXXRecordDecl *RD);

/// Calls that give back the object they are handed: std::move and
/// std::forward, a smart pointer's get(), operator* and operator->.
bool passesThrough(const CallExpr *Call);

/// The variable or field an lvalue names: `x`, `this->x_`, `*p` of a
/// smart pointer.
const ValueDecl *declOf(const Expr *E);

/// Redeclarations of a global (`extern` in the header, the definition)
/// are one holder.
const ValueDecl *canonical(const ValueDecl *D);

/// What the tracer needs of the whole TU, collected once: every reference
/// to every variable or field, and every object creation.
class TUIndexer : public RecursiveASTVisitor<TUIndexer> {
public:
  TUIndexer(const TUFacts &Facts) : Facts(Facts) {}

  /// An export inside a function template (`ExposeAll(exposer, regs...)`)
  /// or a generic lambda is a resolved call only in its instantiations.
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && !Facts.isOwnCode(D->getLocation()))
      return true;
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    if (!FD)
      return RecursiveASTVisitor::TraverseDecl(D);
    bool Outer = InTemplatePattern;
    InTemplatePattern = FD->isDependentContext();
    bool Result = RecursiveASTVisitor::TraverseDecl(D);
    InTemplatePattern = Outer;
    return Result;
  }
  /// A generic lambda's instantiations belong to its closure class, which
  /// the traversal does not enter.
  bool TraverseLambdaExpr(LambdaExpr *E) {
    if (!RecursiveASTVisitor::TraverseLambdaExpr(E))
      return false;
    if (const FunctionTemplateDecl *Call = E->getDependentCallOperator())
      for (FunctionDecl *Instance : Call->specializations())
        TraverseDecl(Instance);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    Refs[canonical(E->getDecl())].push_back(E);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (isa<FieldDecl, VarDecl>(E->getMemberDecl()))
      Refs[canonical(E->getMemberDecl())].push_back(E);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    // An object created in a template is followed in its instantiations,
    // where the calls that fill and export it are resolved.
    if (InTemplatePattern)
      return true;
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (Ctor && !Ctor->isCopyOrMoveConstructor())
      if (const ObjectPattern *P = Facts.api().objectOfType(Ctor->getParent()))
        Creations.push_back({E, P});
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (VD->hasGlobalStorage() && !VD->isStaticLocal() &&
        VD->isThisDeclarationADefinition() == VarDecl::Definition)
      Globals.push_back(VD);
    return true;
  }
  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (Callee)
      Calls[Callee->getCanonicalDecl()].push_back(E);
    if (InTemplatePattern)
      return true;
    if (const ObjectPattern *P = Facts.api().objectCreatedBy(Callee))
      Creations.push_back({E, P});
    else if (const CXXRecordDecl *Made = constructedThroughFactory(Callee))
      if (const ObjectPattern *P = Facts.api().objectOfType(Made))
        Creations.push_back({E, P});
    return true;
  }

  const TUFacts &Facts;
  llvm::DenseMap<const ValueDecl *, std::vector<const Expr *>> Refs;
  std::vector<std::pair<const Expr *, const ObjectPattern *>> Creations;
  /// Calls by (canonical) callee: where each function's result goes.
  llvm::DenseMap<const FunctionDecl *, std::vector<const CallExpr *>> Calls;
  /// Global variables this TU defines.
  std::vector<const VarDecl *> Globals;

private:
  bool InTemplatePattern = false;
};


std::string declKey(llvm::StringRef Prefix, const Decl *D);

std::string paramKey(const FunctionDecl *FD, unsigned Index);

std::string returnKey(const FunctionDecl *FD);

/// A global other files can name (`extern` in a header).
bool isSharedGlobal(const VarDecl *VD);

/// Whether code this TU cannot see may use the class's fields: it is
/// declared in a header, or has methods defined elsewhere.
bool isOpen(const SourceManager &SM, const RecordDecl *RD);

/// A function another TU may define or call: what it does with an
/// argument, or where its result goes, is in the program's record.
bool isSharedFunction(const TUFacts &Facts, const FunctionDecl *FD);

/// Where each call of \p Calls is, for a record other TUs read.
void addCallSites(const ASTContext &Ctx, llvm::ArrayRef<ObjectCall> Calls,
                  std::set<HolderSite> &Into);

/// Follows the objects that arrive in holder \p D from code of other TUs,
/// or come out of calls of \p FD, into \p Uses (ObjectFlow.cpp).
void traceFromHolder(const TUFacts &Facts, const TUIndexer &Index,
                     const ValueDecl *D, ObjectFate &Uses);
void traceFromResultOf(const TUFacts &Facts, const TUIndexer &Index,
                       const FunctionDecl *FD, ObjectFate &Uses);

/// Records what the TU does with the holders it shares with other TUs,
/// and which of its functions are factories, into \p Out.Holders.
void recordHolders(const TUFacts &Facts, const TUIndexer &Index,
                   TUObjects &Out);

} // namespace object_flow
} // namespace metrics_init_check

#endif
