//===--- ApiTokens.cpp - Metrics set-up found in raw source text -----------===//

#include "ApiTokens.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

namespace metrics_init_check {

using namespace clang;

ApiTokenMatcher::ApiTokenMatcher(const TUFacts &Facts) : Facts(Facts) {
  for (const RulePack &Pack : Facts.api().packs())
    for (const ApiPattern &Api : Pack.Apis) {
      if (!(roleBit(Api.Role) & InitRoles))
        continue;
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      llvm::StringRef(Api.Name).ltrim(':').split(Parts, "::");
      if (Parts.empty())
        continue;
      Name N{Api.Role, "", false, false};
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
  // The TU's own wrappers, by the latest stage they reach: through the
  // AST, or through their body's text, so that a wrapper whose set-up this
  // configuration skipped (`#ifndef NDEBUG` inside it) still counts.
  llvm::StringMap<std::vector<Name>> Wrappers;
  for (const FunctionDecl *FD : Facts.ownFunctions()) {
    if (!FD->getIdentifier() || isa<CXXConstructorDecl>(FD) || !FD->getBody())
      continue;
    std::optional<ApiRole> Found;
    for (ApiRole Role : {ApiRole::Expose, ApiRole::Register,
                         ApiRole::SelfRegister, ApiRole::Create})
      if (Facts.initEffectOf(FD, roleBit(Role))) {
        Found = Role;
        break;
      }
    if (!Found) {
      const SourceManager &SM = Facts.context().getSourceManager();
      SourceRange Body = FD->getBody()->getSourceRange();
      SourceLocation B = SM.getExpansionLoc(Body.getBegin());
      SourceLocation E = SM.getExpansionLoc(Body.getEnd());
      if (SM.getFileID(B) == SM.getFileID(E))
        for (const ApiTokenHit &Hit : scan(B, E))
          if (!Found || static_cast<unsigned>(Hit.Role) >
                            static_cast<unsigned>(*Found))
            Found = Hit.Role;
    }
    if (Found)
      Wrappers[FD->getName()].push_back({*Found, "", false, true});
  }
  for (auto &Entry : Wrappers)
    for (const Name &N : Entry.getValue())
      Exact[Entry.getKey()].push_back(N);
}

namespace {

struct RawToken {
  tok::TokenKind Kind;
  llvm::StringRef Text;
  unsigned Offset;
};

bool isDeclarationKeyword(llvm::StringRef Word) {
  return Word == "class" || Word == "struct" || Word == "enum" ||
         Word == "union" || Word == "namespace" || Word == "using" ||
         Word == "typedef" || Word == "friend" || Word == "define";
}

bool isStatementKeyword(llvm::StringRef Word) {
  return Word == "return" || Word == "else" || Word == "do" ||
         Word == "co_await" || Word == "co_return" || Word == "throw";
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
  auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
  unsigned EndOffset = SM.getFileOffset(End);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || EndOffset <= BeginOffset)
    return Hits;

  std::vector<RawToken> Tokens;
  Lexer Raw(SM.getLocForStartOfFile(File), LO, Buffer.begin(),
            Buffer.begin() + BeginOffset, Buffer.end());
  Token Tok;
  while (!Raw.LexFromRawLexer(Tok)) {
    unsigned Offset = SM.getFileOffset(Tok.getLocation());
    if (Offset >= EndOffset)
      break;
    llvm::StringRef Text(Buffer.data() + Offset, Tok.getLength());
    Tokens.push_back({Tok.getKind(), Text, Offset});
  }

  auto Text = [&](size_t I) -> llvm::StringRef {
    return I < Tokens.size() ? Tokens[I].Text : "";
  };
  auto IsIdentifier = [&](size_t I) {
    return I < Tokens.size() && Tokens[I].Kind == tok::raw_identifier;
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
      if (N.Wrapper) {
        // A call, not the function's own declaration or definition: what
        // precedes is punctuation, a statement keyword, or an object.
        size_t Before = Qualifier.empty() ? I - 1 : I - 3;
        bool AfterType = I > 0 && Before < Tokens.size() &&
                         IsIdentifier(Before) &&
                         !isStatementKeyword(Text(Before));
        Used = Next == "(" && (Member || !AfterType || I == 0);
      } else if (N.Method) {
        Used = Next == "(" && (Member || Qualifier == N.Parent);
      } else {
        if (!Qualifier.empty() && !N.Parent.empty() && Qualifier != N.Parent)
          continue;
        // Called or constructed: Word(...), Word{...}, Word name(...),
        // make_unique<Word>(...).
        bool Construct = Next == "(" || Next == "{";
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
      Hits.push_back({SM.getComposedLoc(File, Tokens[I].Offset), N.Role, Flat});
      break;
    }
  }
  return Hits;
}

} // namespace metrics_init_check
