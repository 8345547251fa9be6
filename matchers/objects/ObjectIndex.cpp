//===--- ObjectIndex.cpp - What object tracing needs of a whole TU ---------===//

#include "ObjectIndex.h"
#include "SourceText.h"

#include "clang/Index/USRGeneration.h"

namespace metrics_init_check {
namespace object_flow {

/// shared_ptr, unique_ptr, weak_ptr (std's or opentelemetry's nostd): a
/// handle to the same object, not another object.
bool isSmartPointerRecord(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  llvm::StringRef N = RD->getName();
  return N == "shared_ptr" || N == "unique_ptr" || N == "weak_ptr" ||
         N == "optional";
}

/// Calls that give back the object they are handed: std::move and
/// std::forward, a smart pointer's get(), operator* and operator->.
bool passesThrough(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  if (Callee->isInStdNamespace() && Callee->getIdentifier() &&
      (Callee->getName() == "move" || Callee->getName() == "forward"))
    return true;
  // libstdc++ declares shared_ptr's operator*, operator-> and get() in
  // base classes: ask about the object they are called on.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    return (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) &&
           Op->getNumArgs() > 0 &&
           isSmartPointer(Op->getArg(0)->IgnoreImpCasts()->getType());
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  return Member && Callee->getIdentifier() && Callee->getName() == "get" &&
         isSmartPointer(
             Member->getImplicitObjectArgument()->IgnoreImpCasts()->getType());
}

/// The variable or field an lvalue names: `x`, `this->x_`, `*p` of a
/// smart pointer.
const ValueDecl *declOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if ((Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) &&
        Op->getNumArgs() > 0)
      return declOf(Op->getArg(0));
  return nullptr;
}

/// Redeclarations of a global (`extern` in the header, the definition)
/// are one holder.
const ValueDecl *canonical(const ValueDecl *D) {
  return cast<ValueDecl>(D->getCanonicalDecl());
}

std::string declKey(llvm::StringRef Prefix, const Decl *D) {
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(D, Usr))
    return std::string();
  return (Prefix + Usr).str();
}

std::string paramKey(const FunctionDecl *FD, unsigned Index) {
  std::string Usr = usrOf(FD);
  return Usr.empty() ? Usr : "param:" + Usr + "#" + std::to_string(Index);
}

std::string returnKey(const FunctionDecl *FD) {
  std::string Usr = usrOf(FD);
  return Usr.empty() ? Usr : "ret:" + Usr;
}

/// A global other files can name (`extern` in a header).
bool isSharedGlobal(const VarDecl *VD) {
  return VD->hasGlobalStorage() && !VD->isStaticLocal() &&
         VD->isExternallyVisible();
}

/// Whether code this TU cannot see may use the class's fields: it is
/// declared in a header, or has methods defined elsewhere.
bool isOpen(const SourceManager &SM, const RecordDecl *RD) {
  if (!SM.isInMainFile(SM.getExpansionLoc(RD->getLocation())))
    return true;
  if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
    for (const CXXMethodDecl *M : CRD->methods())
      if (M->isUserProvided() && !M->hasBody())
        return true;
  return false;
}

/// A function another TU may define or call: what it does with an
/// argument, or where its result goes, is in the program's record.
bool isSharedFunction(const TUFacts &Facts, const FunctionDecl *FD) {
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  return FD->isExternallyVisible() && !(Method && Method->isVirtual()) &&
         Facts.isOwnCode(FD->getLocation());
}

/// Where each call of \p Calls is, for a record other TUs read.
void addCallSites(const ASTContext &Ctx, llvm::ArrayRef<ObjectCall> Calls,
                  std::set<HolderSite> &Into) {
  for (const ObjectCall &C : Calls)
    addSites(Into, {{filePosition(Ctx.getSourceManager(), C.Call->getBeginLoc()),
                     spelling(Ctx, C.Call->getSourceRange(), 50)}});
}

} // namespace object_flow
} // namespace metrics_init_check
