//===--- HoistFix.cpp - Fix-it: run a set-up statement earlier -------------===//

#include "HoistFix.h"
#include "SourceText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// The variables and members \p S reads. `cfg.port` reads the member
/// `port`, not all of `cfg`: moving `Init(cfg.port)` above `if (cfg.lite)`
/// is safe, moving `exposer->Add()` above `if (exposer)` is not.
void collectDecls(const Stmt *S, llvm::SmallPtrSetImpl<const Decl *> &Out) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    Out.insert(Ref->getDecl());
    return;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(S)) {
    Out.insert(Member->getMemberDecl());
    const Expr *Base = Member->getBase()->IgnoreParenImpCasts();
    if (isa<DeclRefExpr, CXXThisExpr>(Base) &&
        isa<FieldDecl>(Member->getMemberDecl()))
      return; // a field of a named object: the field is what is read
    collectDecls(Base, Out);
    return;
  }
  for (const Stmt *Child : S->children())
    if (Child)
      collectDecls(Child, Out);
}

bool sharesDecl(const Stmt *A, const Stmt *B) {
  llvm::SmallPtrSet<const Decl *, 8> InA, InB;
  collectDecls(A, InA);
  collectDecls(B, InB);
  for (const Decl *D : InA)
    if (!isa<FunctionDecl>(D) && InB.count(D))
      return true;
  return false;
}

/// Whether \p S uses a declaration made in [Begin, End), or holds a lambda
/// (captures are not worth reasoning about here).
bool usesDeclIn(const SourceManager &SM, const Stmt *S, SourceLocation Begin,
                SourceLocation End) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    SourceLocation L = Ref->getDecl()->getLocation();
    if (L.isValid() && !SM.isBeforeInTranslationUnit(L, Begin) &&
        SM.isBeforeInTranslationUnit(L, End))
      return true;
  }
  if (isa<LambdaExpr>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (Child && usesDeclIn(SM, Child, Begin, End))
      return true;
  return false;
}

bool contains(const SourceManager &SM, const Stmt *Outer, SourceLocation L) {
  return !SM.isBeforeInTranslationUnit(L, Outer->getBeginLoc()) &&
         !SM.isBeforeInTranslationUnit(Outer->getEndLoc(), L);
}

/// Whether moving \p Moved to \p Before takes it out of a loop, a try
/// block, a handler or a lambda.
bool leavesConstruct(ASTContext &Ctx, StatementParents &Parents,
                     const Stmt *Moved, const Stmt *Before) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Stmt *P = Parents.parent(Moved); P; P = Parents.parent(P)) {
    if (contains(SM, P, Before->getBeginLoc()))
      return false;
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt, CXXTryStmt,
            CXXCatchStmt, LambdaExpr>(P))
      return true;
  }
  return true; // no common statement: another function
}

} // namespace

const Stmt *statementOf(StatementParents &Parents, const Expr *E) {
  const Stmt *S = E;
  const Stmt *P = Parents.parent(S);
  while (P && isa<Expr>(P)) {
    S = P;
    P = Parents.parent(P);
  }
  if (!P)
    return nullptr;
  if (isa<CompoundStmt, SwitchCase>(P))
    return S;
  if (const auto *If = dyn_cast<IfStmt>(P))
    return If->getThen() == S || If->getElse() == S ? S : nullptr;
  return nullptr;
}

bool addHoistFix(ASTContext &Ctx, StatementParents &Parents,
                 const Expr *Moved, const Stmt *Before,
                 llvm::ArrayRef<const Expr *> Tests,
                 llvm::StringRef Description, Finding &F) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Before->getBeginLoc().isMacroID() || Moved->getBeginLoc().isMacroID() ||
      Moved->getEndLoc().isMacroID())
    return false;
  if (!isa_and_nonnull<CompoundStmt>(Parents.parent(Before)))
    return false;
  if (!SM.isBeforeInTranslationUnit(Before->getBeginLoc(),
                                    Moved->getBeginLoc()))
    return false;
  if (usesDeclIn(SM, Moved, Before->getBeginLoc(), Moved->getBeginLoc()))
    return false;
  for (const Expr *Test : Tests)
    if (sharesDecl(Moved, Test))
      return false;
  if (leavesConstruct(Ctx, Parents, Moved, Before))
    return false;
  SourceLocation AfterSemi = Lexer::findLocationAfterToken(
      Moved->getEndLoc(), tok::semi, SM, Ctx.getLangOpts(),
      /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (AfterSemi.isInvalid())
    return false;

  std::string Statement = spelling(Ctx, Moved->getSourceRange(), 10000) + ";";
  CharSourceRange Removed =
      CharSourceRange::getCharRange(Moved->getBeginLoc(), AfterSemi);
  std::vector<FixItHint> Fixes;
  const Stmt *Parent = Parents.parent(Moved);
  if (isa_and_nonnull<CompoundStmt>(Parent)) {
    // Take the whole line when the statement stands alone on it.
    auto [File, Begin] = SM.getDecomposedLoc(Moved->getBeginLoc());
    unsigned End = SM.getFileOffset(AfterSemi);
    llvm::StringRef Buffer = SM.getBufferData(File);
    size_t LineStart = Buffer.rfind('\n', Begin);
    LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
    bool AloneBefore =
        Buffer.slice(LineStart, Begin).find_first_not_of(" \t") ==
        llvm::StringRef::npos;
    size_t LineEnd = Buffer.find('\n', End);
    bool AloneAfter =
        LineEnd != llvm::StringRef::npos &&
        Buffer.slice(End, LineEnd).find_first_not_of(" \t\r") ==
            llvm::StringRef::npos;
    // Take the newline before the line rather than the one after it:
    // clang's fix-it merging (clang-tidy) widens a removal that is
    // followed by the next line's indentation by one space.
    if (AloneBefore && AloneAfter && LineStart > 0)
      Removed = CharSourceRange::getCharRange(
          SM.getComposedLoc(File, LineStart - 1),
          SM.getComposedLoc(File, LineEnd));
    Fixes.push_back(FixItHint::CreateRemoval(Removed));
  } else if (isa_and_nonnull<SwitchCase>(Parent)) {
    Fixes.push_back(FixItHint::CreateRemoval(Removed));
  } else if (const auto *If = dyn_cast_or_null<IfStmt>(Parent);
             If && If == Before && If->getThen() == Moved && !If->getElse() &&
             !If->getInit() && !If->getConditionVariable() &&
             !If->getCond()->HasSideEffects(Ctx) && !If->getBeginLoc().isMacroID()) {
    // `if (c) Init();` that guarded only the set-up: what remains is the
    // set-up, in place of the whole statement.
    F.Fixes = {FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(If->getBeginLoc(), AfterSemi), Statement)};
    F.FixDescription = Description.str();
    return true;
  } else {
    // The only statement of an unbraced branch: keep the branch valid.
    Fixes.push_back(FixItHint::CreateReplacement(Removed, "{}"));
  }
  std::string Indent = lineIndent(Ctx, Before->getBeginLoc());
  Fixes.insert(Fixes.begin(), FixItHint::CreateInsertion(
                                  Before->getBeginLoc(),
                                  Statement + "\n" + Indent));
  F.Fixes = std::move(Fixes);
  F.FixDescription = Description.str();
  if (F.FixDescription.empty())
    F.FixDescription = "move '" + Statement + "' before it";
  return true;
}

} // namespace metrics_init_check
