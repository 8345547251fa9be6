//===--- LabelValues.cpp - Where a metric label's value comes from --------===//

#include "LabelValues.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// Small, bounded types: whatever names them, they take few values.
bool boundedType(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return T->isEnumeralType() || T->isBooleanType();
}

class SourceFinder {
public:
  SourceFinder(const ApiModel &Api, const ASTContext &Ctx)
      : Api(Api), Ctx(Ctx) {}

  std::string find(const Expr *E, unsigned Depth = 0) {
    if (!E || Depth > 8)
      return "";
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      return find(M->getSubExpr(), Depth + 1);
    if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      return find(B->getSubExpr(), Depth + 1);
    if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      return find(C->getSubExpr(), Depth + 1);
    if (const auto *C = dyn_cast<ExplicitCastExpr>(E))
      return find(C->getSubExpr(), Depth + 1);
    if (isa<StringLiteral, IntegerLiteral, CXXBoolLiteralExpr,
            FloatingLiteral, CharacterLiteral>(E) ||
        boundedType(E->getType()))
      return "";
    if (const auto *C = dyn_cast<AbstractConditionalOperator>(E)) {
      std::string Why = find(C->getTrueExpr(), Depth + 1);
      return Why.empty() ? find(C->getFalseExpr(), Depth + 1) : Why;
    }
    if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      for (const Expr *Arg : C->arguments())
        if (std::string Why = find(Arg, Depth + 1); !Why.empty())
          return Why;
      return "";
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return fromCall(Call, Depth);
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return fromMember(Member, Member->getMemberDecl()->getName(), Depth);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (!Var || Var->getType().isConstQualified())
        return ""; // a constant is as bounded as its initializer
      if (std::string Word = Api.unboundedLabelWord(Var->getName());
          !Word.empty())
        return "'" + Var->getName().str() + "' (" +
               (isa<ParmVarDecl>(Var) ? "a parameter" : "a variable") +
               " named like " + Word + ")";
    }
    return "";
  }

private:
  std::string fromCall(const CallExpr *Call, unsigned Depth) {
    // An enum turned into text has the enum's few values.
    for (const Expr *Arg : Call->arguments())
      if (boundedType(Arg->IgnoreParenImpCasts()->getType()))
        return "";
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      const auto *Callee = dyn_cast_or_null<MemberExpr>(
          Member->getCallee()->IgnoreParenImpCasts());
      if (Callee && Member->getMethodDecl() &&
          Member->getMethodDecl()->getIdentifier())
        if (std::string Why = fromMember(
                Callee, Member->getMethodDecl()->getName(), Depth, "()");
            !Why.empty())
          return Why;
    } else if (const FunctionDecl *F = Call->getDirectCallee();
               F && F->getIdentifier() && !isa<CXXOperatorCallExpr>(Call)) {
      if (std::string Word = Api.unboundedLabelWord(F->getName());
          !Word.empty())
        return "'" + text(Call) + "' (a function named like " + Word + ")";
    }
    // std::to_string(user_id), prefix + path, absl::StrCat(...): what
    // goes into the text.
    for (const Expr *Arg : Call->arguments())
      if (std::string Why = find(Arg, Depth + 1); !Why.empty())
        return Why;
    return "";
  }

  /// `obj.Name` or `obj.Name()`: a request object's member, or a member
  /// named like an unbounded value; else what the object is (`id.str()`).
  std::string fromMember(const MemberExpr *Member, llvm::StringRef Name,
                         unsigned Depth, llvm::StringRef Parens = "") {
    QualType ObjectType = Member->getBase()->getType();
    if (Member->isArrow() && ObjectType->isPointerType())
      ObjectType = ObjectType->getPointeeType();
    const CXXRecordDecl *Record = ObjectType->getAsCXXRecordDecl();
    if (Api.isRequestType(Record) && !Api.isBoundedRequestMember(Name))
      return "'" + text(Member) + Parens.str() + "' (from request type '" +
             packQualifiedName(Record) + "')";
    if (std::string Word = Api.unboundedLabelWord(Name); !Word.empty())
      return "'" + text(Member) + Parens.str() + "' (a member named like " +
             Word + ")";
    // `request_id.c_str()`, `session->id()`: the object is the source.
    if (Parens.empty())
      return "";
    return find(Member->getBase(), Depth + 1);
  }

  std::string text(const Expr *E) {
    const SourceManager &SM = Ctx.getSourceManager();
    CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
    return Lexer::getSourceText(SM.getExpansionRange(R), SM,
                                Ctx.getLangOpts())
        .str();
  }

  const ApiModel &Api;
  const ASTContext &Ctx;
};

} // namespace

std::string unboundedLabelSource(const Expr *Value, const ApiModel &Api,
                                 const ASTContext &Ctx) {
  return SourceFinder(Api, Ctx).find(Value);
}

} // namespace metrics_init_check
