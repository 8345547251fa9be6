//===--- ApiTokens.cpp - Metrics set-up found in raw source text -----------===//

#include "ApiTokens.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// The functions the TU's own code declares without defining them, whose
/// summaries may come from other TUs (first declarations only).
std::vector<const FunctionDecl *> declaredElsewhere(const TUFacts &Facts) {
  struct Declared : RecursiveASTVisitor<Declared> {
    const TUFacts &Facts;
    std::vector<const FunctionDecl *> Found;
    explicit Declared(const TUFacts &Facts) : Facts(Facts) {}
    bool TraverseDecl(Decl *D) {
      if (D && !isa<TranslationUnitDecl>(D) &&
          !Facts.isOwnCode(D->getLocation()))
        return true;
      return RecursiveASTVisitor::TraverseDecl(D);
    }
    bool TraverseStmt(Stmt *) { return true; } // declarations only
    bool VisitFunctionDecl(FunctionDecl *FD) {
      if (FD->getIdentifier() && FD->isFirstDecl() &&
          mayHaveExternalSummary(Facts, FD))
        Found.push_back(FD);
      return true;
    }
  } D(Facts);
  D.TraverseDecl(Facts.context().getTranslationUnitDecl());
  return D.Found;
}

} // namespace

ApiTokenMatcher::ApiTokenMatcher(const TUFacts &Facts) : Facts(Facts) {
  for (const RulePack &Pack : Facts.api().packs())
    for (const ApiPattern &Api : Pack.Apis) {
      if (!(roleBit(Api.Role) & InitRoles))
        continue;
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      llvm::StringRef(Api.Name).ltrim(':').split(Parts, "::");
      if (Parts.empty())
        continue;
      Name N{roleBit(Api.Role), "", false, false};
      if (Parts.size() >= 2) {
        N.Parent = Parts[Parts.size() - 2].str();
        // Members of a class (capitalised, as every pack's classes are)
        // are called through an object or the class name.
        N.Method = !N.Parent.empty() && llvm::isUpper(N.Parent[0]);
      }
      llvm::StringRef Last = Parts.back();
      if (Last.contains('*')) {
        if (auto Glob = llvm::GlobPattern::create(Last))
          Globs.emplace_back(std::move(*Glob), N);
        else
          llvm::consumeError(Glob.takeError());
      } else {
        Exact[Last].push_back(N);
      }
    }
  // The TU's own wrappers, by every stage they reach: through the AST, or
  // through their body's text, so that a wrapper whose set-up this
  // configuration skipped (`#ifndef NDEBUG` inside it) still counts.
  llvm::StringMap<std::vector<Name>> Wrappers;
  for (const FunctionDecl *FD : Facts.ownFunctions()) {
    if (!FD->getIdentifier() || isa<CXXConstructorDecl>(FD) || !FD->getBody())
      continue;
    RoleMask Found = 0;
    for (ApiRole Role : {ApiRole::Expose, ApiRole::Register,
                         ApiRole::SelfRegister, ApiRole::Create})
      if (Facts.initEffectOf(FD, roleBit(Role)))
        Found |= roleBit(Role);
    if (!Found) {
      const SourceManager &SM = Facts.context().getSourceManager();
      SourceRange Body = FD->getBody()->getSourceRange();
      SourceLocation B = SM.getExpansionLoc(Body.getBegin());
      SourceLocation E = SM.getExpansionLoc(Body.getEnd());
      if (SM.getFileID(B) == SM.getFileID(E))
        for (const ApiTokenHit &Hit : scan(B, E))
          Found |= Hit.Roles;
    }
    if (!Found)
      continue;
    Wrappers[FD->getName()].push_back(wrapperName(FD, Found));
  }
  addExternalWrappers(Wrappers);
  for (auto &Entry : Wrappers)
    for (const Name &N : Entry.getValue())
      Exact[Entry.getKey()].push_back(N);
}

ApiTokenMatcher::Name
ApiTokenMatcher::wrapperName(const FunctionDecl *FD, RoleMask Roles) {
  Name N{Roles, "", false, true};
  if (const auto *Method = dyn_cast<CXXMethodDecl>(FD))
    if (!Method->isStatic() && Method->getParent()->getIdentifier()) {
      N.Parent = Method->getParent()->getName().str();
      N.Method = true;
    }
  return N;
}

void ApiTokenMatcher::addExternalWrappers(
    llvm::StringMap<std::vector<Name>> &Wrappers) const {
  if (!Facts.program())
    return;
  // Functions this TU declares and another TU defines: what they do is in
  // the program's summaries, so `exporter::instance()->start()` in skipped
  // text is set-up when PrometheusExporter::start() is, wherever defined.
  for (const FunctionDecl *FD : declaredElsewhere(Facts)) {
    RoleMask Found = 0;
    for (ApiRole Role : {ApiRole::Expose, ApiRole::Register,
                         ApiRole::SelfRegister, ApiRole::Create})
      if (Facts.externalEffect(FD, roleBit(Role)).Kind == EffectKind::Init)
        Found |= roleBit(Role);
    if (!Found)
      continue;
    Wrappers[FD->getName()].push_back(wrapperName(FD, Found));
  }
}

namespace {

bool isDeclarationKeyword(llvm::StringRef Word) {
  return Word == "class" || Word == "struct" || Word == "enum" ||
         Word == "union" || Word == "namespace" || Word == "using" ||
         Word == "typedef" || Word == "friend" || Word == "define";
}

bool isStatementKeyword(llvm::StringRef Word) {
  return Word == "return" || Word == "else" || Word == "do" ||
         Word == "co_await" || Word == "co_return" || Word == "throw";
}

/// Names too common to be evidence on their own in text the compiler did
/// not see: `get`, `reset`, `Init`, `Push` are everybody's methods.
bool isCommonWord(llvm::StringRef Word) {
  static const char *const Words[] = {
      "get",   "set",    "reset",   "start",  "stop",     "run",
      "init",  "initialize", "initialise", "setup", "lock", "unlock",
      "push",  "pop",    "stream",  "write",  "read",     "add",
      "create", "update", "open",   "close",  "begin",    "end",
      "call",  "send",   "register", "expose", "make",    "build",
      "load",  "apply",  "handle",  "process", "report",  "flush",
      "clear", "insert", "emplace", "enable", "configure", "install"};
  std::string Lower = Word.lower();
  return llvm::is_contained(Words, llvm::StringRef(Lower));
}

bool isMakeFunction(llvm::StringRef Word) {
  return Word == "make_unique" || Word == "make_shared" ||
         Word == "allocate_shared" || Word == "make_shared_for_overwrite" ||
         Word == "make_unique_for_overwrite";
}

} // namespace

std::vector<ApiTokenHit> ApiTokenMatcher::scan(SourceLocation Begin,
                                               SourceLocation End) const {
  std::vector<ApiTokenHit> Hits;
  const SourceManager &SM = Facts.context().getSourceManager();
  const LangOptions &LO = Facts.context().getLangOpts();
  FileID File = SM.getFileID(Begin);
  if (SM.getFileOffset(End) <= SM.getFileOffset(Begin))
    return Hits;
  llvm::StringRef Buffer = SM.getBufferData(File);
  std::vector<RawToken> Tokens = rawTokens(SM, LO, Begin, End);

  auto Text = [&](size_t I) -> llvm::StringRef {
    return I < Tokens.size() ? Tokens[I].Text : "";
  };
  auto IsIdentifier = [&](size_t I) {
    return I < Tokens.size() && Tokens[I].Kind == tok::raw_identifier;
  };

  // Names this text declares, with the type name just before them:
  // `prometheus::Exposer exposer{...}`, `std::shared_ptr<Registry> r =`.
  llvm::StringMap<std::string> Local;
  for (size_t I = 0; I + 1 < Tokens.size(); ++I) {
    if (!IsIdentifier(I))
      continue;
    size_t J = I + 1;
    while (J < Tokens.size() &&
           (Text(J) == ">" || Text(J) == "*" || Text(J) == "&" ||
            Text(J) == "&&" || Text(J) == "const"))
      ++J;
    llvm::StringRef After = Text(J + 1);
    if (J < Tokens.size() && IsIdentifier(J) &&
        (After == "=" || After == "(" || After == "{" || After == ";" ||
         After == "," || After == ")"))
      Local[Text(J)] = Text(I).str();
  }

  // Evidence that the object a method is called on (`X.m(`, `X->m(`,
  // `Build().Name().m(`) is a \p Parent: its declaration says so, or the
  // call chain it ends starts at a library's qualified name or the class.
  auto ReceiverIs = [&](size_t Method, llvm::StringRef Parent) {
    if (Method < 2)
      return false;
    size_t J = Method - 2;
    if (IsIdentifier(J) && Text(J) != "this")
      return receiverIs(Text(J), Parent, Local);
    // A call chain: walk back over `.name(...)` links to its head.
    for (unsigned Links = 0; Links < 16 && J < Tokens.size(); ++Links) {
      if (Text(J) != ")")
        return false;
      int Depth = 0;
      size_t K = J;
      for (; K < Tokens.size(); --K) {
        if (Text(K) == ")")
          ++Depth;
        else if (Text(K) == "(" && --Depth == 0)
          break;
        if (K == 0)
          return false;
      }
      if (K == 0 || K >= Tokens.size() || !IsIdentifier(K - 1))
        return false;
      size_t Head = K - 1;
      if (Text(Head) == Parent)
        return true;
      if (Head >= 2 && (Text(Head - 1) == "." || Text(Head - 1) == "->")) {
        J = Head - 2;
        continue;
      }
      // The chain's head: `prometheus::BuildCounter()`, `Builder()`.
      for (size_t Q = Head; Q >= 2 && Text(Q - 1) == "::"; Q -= 2)
        if (IsIdentifier(Q - 2) &&
            (Facts.api().isLibraryNamespace(Text(Q - 2)) ||
             Text(Q - 2) == Parent ||
             receiverIs(Text(Q - 2), Parent, Local)))
          return true;
      return false;
    }
    return false;
  };
  // Whether the parenthesis at \p Open closes into a constructor's
  // initialiser list or body (`Registry() : n_(0) {`, `Maxer(T v) {`): the
  // class's own constructor, not a construction.
  auto DefinesConstructor = [&](size_t Open) {
    int Depth = 0;
    for (size_t J = Open; J < Tokens.size(); ++J) {
      if (Text(J) == "(")
        ++Depth;
      else if (Text(J) == ")" && --Depth == 0) {
        size_t K = J + 1;
        while (K < Tokens.size() &&
               (Text(K) == "noexcept" || Text(K) == "explicit"))
          ++K;
        return Text(K) == ":" || Text(K) == "{";
      }
    }
    return false;
  };
  // Whether a type name ends just before token \p Before: `void f(`,
  // `std::unique_ptr<X> Meter::Create(`: a declaration, not a call.
  auto AfterType = [&](size_t Before) {
    if (Before >= Tokens.size())
      return false;
    llvm::StringRef T = Text(Before);
    if (IsIdentifier(Before))
      return !isStatementKeyword(T) && T != "new" && T != "co_yield" &&
             T != "case" && T != "delete";
    return T == ">" || T == "*" || T == "&" || T == "&&";
  };

  for (size_t I = 0; I < Tokens.size(); ++I) {
    if (!IsIdentifier(I))
      continue;
    llvm::StringRef Word = Tokens[I].Text;
    std::vector<Name> Candidates;
    auto It = Exact.find(Word);
    if (It != Exact.end())
      Candidates = It->second;
    for (const auto &[Glob, N] : Globs)
      if (Glob.match(Word))
        Candidates.push_back(N);
    if (Candidates.empty())
      continue;
    llvm::StringRef Prev = I > 0 ? Text(I - 1) : "";
    llvm::StringRef Next = Text(I + 1);
    // The identifier before "::" in "Parent::Word".
    llvm::StringRef Qualifier = Prev == "::" && I >= 2 ? Text(I - 2) : "";
    bool Member = Prev == "." || Prev == "->";
    if ((I > 0 && IsIdentifier(I - 1) && isDeclarationKeyword(Prev)) ||
        Prev == "~")
      continue;

    for (const Name &N : Candidates) {
      bool Used = false;
      size_t ShownFrom = I;
      // The token before the (qualified) name.
      size_t Before = Qualifier.empty() ? I - 1 : I - 3;
      bool Declared = I > 0 && (Qualifier.empty() || I >= 3) &&
                      AfterType(Before);
      if (N.Method) {
        // A method, the pack's or the TU's: called on an object shown to
        // be of its class, or through its class name, never declared.
        Used = Next == "(" &&
               ((Member && ReceiverIs(I, N.Parent)) ||
                (Qualifier == N.Parent && !Declared) ||
                // The TU's own method called from its class's other
                // methods: `StartMetrics();` inside `Service::Run()`.
                (N.Wrapper && !Member && Qualifier.empty() && !Declared &&
                 !isCommonWord(Word)));
      } else if (N.Wrapper) {
        // A call, not the function's own declaration or definition; a
        // common word (`Init()`) only with its qualifier.
        Used = Next == "(" && !Member && !Declared &&
               (!isCommonWord(Word) || !Qualifier.empty());
      } else {
        if (!Qualifier.empty() && !N.Parent.empty() && Qualifier != N.Parent)
          continue;
        // A free function or a type is never reached through an object:
        // `exporter->start()` is not seastar's `prometheus::start()`.
        if (Member)
          continue;
        // Called or constructed: Word(...), Word{...}, Word name(...),
        // make_unique<Word>(...); not declared (`void Word(int)`).
        bool Construct = (Next == "(" && !Declared &&
                          !DefinesConstructor(I + 1)) ||
                         Next == "{";
        bool Variable = IsIdentifier(I + 1) &&
                        (Text(I + 2) == "(" || Text(I + 2) == "{" ||
                         Text(I + 2) == ";" || Text(I + 2) == "=");
        bool Made = false;
        if (Next == ">")
          for (size_t J = I; J > 0 && J + 6 > I; --J)
            if (Text(J - 1) == "<" && J >= 2 && isMakeFunction(Text(J - 2))) {
              Made = true;
              ShownFrom = J - 2; // show "make_unique<...>(...)"
            }
        Used = Construct || Variable || Made;
      }
      if (!Used)
        continue;
      // Show the use with its arguments: "StartExposer()".
      std::string Shown = Word.str();
      size_t Open = I + 1;
      if (ShownFrom != I)
        while (Open < Tokens.size() && Text(Open) != "(")
          ++Open;
      if (Text(Open) == "(") {
        int Depth = 0;
        size_t J = Open;
        for (; J < Tokens.size(); ++J) {
          if (Text(J) == "(")
            ++Depth;
          else if (Text(J) == ")" && --Depth == 0)
            break;
        }
        if (J < Tokens.size())
          Shown = Buffer
                      .slice(Tokens[ShownFrom].Offset,
                             Tokens[J].Offset + Tokens[J].Text.size())
                      .str();
      }
      std::string Flat;
      for (char C : Shown)
        if (!(C == '\n' || C == '\r' || (C == ' ' && !Flat.empty() && Flat.back() == ' ')))
          Flat += C == '\t' ? ' ' : C;
      if (Flat.size() > 60)
        Flat = Flat.substr(0, 57) + "...";
      Hits.push_back({SM.getComposedLoc(File, Tokens[I].Offset), N.Roles, Flat});
      break;
    }
  }
  return Hits;
}

void ApiTokenMatcher::collectDeclaredTypes() const {
  DeclTypes.emplace();
  struct Collector : RecursiveASTVisitor<Collector> {
    const TUFacts &Facts;
    llvm::StringMap<std::vector<std::string>> &Out;
    Collector(const TUFacts &Facts,
              llvm::StringMap<std::vector<std::string>> &Out)
        : Facts(Facts), Out(Out) {}
    bool TraverseDecl(Decl *D) {
      if (D && !isa<TranslationUnitDecl>(D) &&
          !Facts.isOwnCode(D->getLocation()))
        return true;
      return RecursiveASTVisitor::TraverseDecl(D);
    }
    bool VisitDeclaratorDecl(DeclaratorDecl *D) {
      if (isa<VarDecl, FieldDecl>(D) && D->getIdentifier())
        Out[D->getName()].push_back(D->getType().getAsString());
      return true;
    }
    // `using exporter = singleton<PrometheusExporter>;`: the head of a
    // chain `exporter::instance()->start()` names the class through it.
    bool VisitTypedefNameDecl(TypedefNameDecl *D) {
      if (D->getIdentifier())
        Out[D->getName()].push_back(D->getUnderlyingType().getAsString());
      return true;
    }
  } C(Facts, *DeclTypes);
  C.TraverseDecl(Facts.context().getTranslationUnitDecl());
}

bool ApiTokenMatcher::receiverIs(
    llvm::StringRef Receiver, llvm::StringRef Parent,
    const llvm::StringMap<std::string> &Local) const {
  if (Parent.empty())
    return false;
  auto L = Local.find(Receiver);
  if (L != Local.end() && L->second == Parent)
    return true;
  if (!DeclTypes)
    collectDeclaredTypes();
  auto It = DeclTypes->find(Receiver);
  if (It == DeclTypes->end())
    return false;
  return llvm::any_of(It->second, [&](const std::string &Type) {
    // Whole identifier: "prometheus::Exposer", "std::unique_ptr<Exposer>",
    // not "ExposerOptions".
    llvm::StringRef T = Type;
    for (size_t At = T.find(Parent); At != llvm::StringRef::npos;
         At = T.find(Parent, At + 1)) {
      bool StartOk = At == 0 || !(llvm::isAlnum(T[At - 1]) || T[At - 1] == '_');
      size_t End = At + Parent.size();
      bool EndOk = End == T.size() || !(llvm::isAlnum(T[End]) || T[End] == '_');
      if (StartOk && EndOk)
        return true;
    }
    return false;
  });
}

std::vector<std::string> functionsNamedInSkippedText(const TUFacts &Facts,
                                                     const PreprocessorLog &PP) {
  const ASTContext &Ctx = Facts.context();
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::StringSet<> Words;
  for (const ConditionalBlock &B : PP.blocks())
    for (const ConditionalBranch &Br : B.Branches)
      if (Br.Skipped && Br.Begin.isValid() && Br.End.isValid())
        for (const RawToken &T :
             rawTokens(SM, Ctx.getLangOpts(), Br.Begin, Br.End))
          if (T.is(tok::raw_identifier))
            Words.insert(T.Text);
  std::vector<std::string> Out;
  if (Words.empty())
    return Out;
  for (const FunctionDecl *FD : declaredElsewhere(Facts))
    if (Words.count(FD->getName()))
      if (std::string Usr = usrOf(FD); !Usr.empty())
        Out.push_back(std::move(Usr));
  return Out;
}

} // namespace metrics_init_check
