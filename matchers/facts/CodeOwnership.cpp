//===--- CodeOwnership.cpp - Whose code a place is -------------------------===//

#include "CodeOwnership.h"
#include "SourceText.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"

namespace metrics_init_check {

using namespace clang;


/// Whether \p Path is \p Root or below it.
static bool isUnder(llvm::StringRef Path, llvm::StringRef Root) {
  Root = Root.rtrim('/');
  if (Root.empty())
    return true;
  return Path.starts_with(Root) &&
         (Path.size() == Root.size() || Path[Root.size()] == '/');
}

CodeOwnership::CodeOwnership(const ASTContext &Ctx, const ApiModel &Api,
                             const OwnershipOptions &Options)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Api(Api), Options(Options) {
  for (const std::string &Text : Options.ReportIn)
    if (auto Glob = llvm::GlobPattern::create(Text))
      ReportIn.push_back(std::move(*Glob));
    else
      llvm::consumeError(Glob.takeError()); // the front ends check them
}

std::optional<std::string>
CodeOwnership::relative(llvm::StringRef Absolute) const {
  llvm::StringRef Root = llvm::StringRef(Options.SourceRoot).rtrim('/');
  if (Root.empty() || !isUnder(Absolute, Root))
    return std::nullopt;
  return Absolute.drop_front(Root.size()).ltrim('/').str();
}

bool CodeOwnership::widened(llvm::StringRef Absolute) const {
  if (ReportIn.empty())
    return false;
  std::optional<std::string> Rel = relative(Absolute);
  return llvm::any_of(ReportIn, [&](const llvm::GlobPattern &G) {
    return G.match(Absolute) || (Rel && G.match(*Rel));
  });
}

const CodeOwnership::FileVerdict &CodeOwnership::verdict(FileID File) const {
  auto [It, Inserted] = Files.try_emplace(File);
  FileVerdict &V = It->second;
  if (!Inserted)
    return V;
  // Empty for a macro scratch buffer or the command line: nobody's file.
  std::string Path = filePosition(SM, SM.getLocForStartOfFile(File)).File;
  if (Path.empty())
    return V;
  if (widened(Path)) {
    V.Widened = true;
    return V;
  }
  V.Library = Api.isLibraryPath(Path);
  std::optional<std::string> Rel = relative(Path);
  if (llvm::any_of(Options.ExcludedRoots, [&](const std::string &Root) {
        return !Root.empty() && isUnder(Path, Root);
      }))
    V.NotOwned = "in the build directory (generated code)";
  else if (!Options.SourceRoot.empty() && !Rel)
    V.NotOwned = "outside the project's source root '" + Options.SourceRoot +
                 "'";
  else if (Rel && Api.isDependencyPath(*Rel))
    V.NotOwned = "in a dependency folder (another project's code)";
  else if (V.Library)
    V.NotOwned = "in a metrics library's own files";
  return V;
}

void CodeOwnership::collectLibraryNamespaces() const {
  LibraryRanges.emplace();
  // The outermost namespace decides (ApiModel::isLibraryDecl), so only the
  // TU's top-level namespaces are looked at, through extern "C++" blocks.
  std::vector<const DeclContext *> Work{Ctx.getTranslationUnitDecl()};
  while (!Work.empty()) {
    const DeclContext *DC = Work.back();
    Work.pop_back();
    for (const Decl *D : DC->decls()) {
      if (const auto *Linkage = dyn_cast<LinkageSpecDecl>(D)) {
        Work.push_back(Linkage);
        continue;
      }
      const auto *NS = dyn_cast<NamespaceDecl>(D);
      if (!NS || NS->isAnonymousNamespace() || !NS->getIdentifier() ||
          !Api.isLibraryNamespace(NS->getName()))
        continue;
      SourceLocation B = SM.getExpansionLoc(NS->getBeginLoc());
      SourceLocation E = SM.getExpansionLoc(NS->getRBraceLoc());
      if (B.isInvalid() || E.isInvalid() || SM.isInSystemHeader(B))
        continue;
      auto [File, BeginOffset] = SM.getDecomposedLoc(B);
      auto [EndFile, EndOffset] = SM.getDecomposedLoc(E);
      if (File == EndFile)
        (*LibraryRanges)[File].push_back({BeginOffset, EndOffset});
    }
  }
}

bool CodeOwnership::inLibraryNamespace(SourceLocation Loc) const {
  if (!LibraryRanges)
    collectLibraryNamespaces();
  std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(Loc);
  unsigned Offset = Decomposed.second;
  auto Inside = [&](const std::vector<std::pair<unsigned, unsigned>> &Ranges) {
    return llvm::any_of(Ranges, [&](const std::pair<unsigned, unsigned> &R) {
      return R.first <= Offset && Offset <= R.second;
    });
  };
  auto It = LibraryRanges->find(Decomposed.first);
  if (It != LibraryRanges->end() && Inside(It->second))
    return true;
  // Code the preprocessor skipped has no AST (`#ifdef BRPC_BTHREAD_TRACER`
  // around a whole file): its namespaces are read from the text.
  auto [Text, Inserted] = TextRanges.try_emplace(Decomposed.first);
  if (Inserted)
    Text->second = libraryNamespacesInText(Decomposed.first);
  return Inside(Text->second);
}

std::vector<std::pair<unsigned, unsigned>>
CodeOwnership::libraryNamespacesInText(FileID File) const {
  std::vector<std::pair<unsigned, unsigned>> Out;
  // Both sides of every #if are read: braces are counted as written, and
  // an unbalanced file ends the library's range at its end.
  int Depth = 0;
  std::optional<std::pair<unsigned, int>> Open; // offset, depth outside it
  llvm::StringRef Name;
  bool AfterNamespace = false;
  for (const RawToken &Tok : rawTokens(SM, Ctx.getLangOpts(),
                                       SM.getLocForStartOfFile(File), {})) {
    if (Tok.is(tok::raw_identifier)) {
      if (AfterNamespace && Name.empty())
        Name = Tok.Text;
      AfterNamespace |= Tok.Text == "namespace";
      continue;
    }
    if (Tok.is(tok::l_brace)) {
      if (AfterNamespace && !Open && Api.isLibraryNamespace(Name))
        Open = std::make_pair(Tok.Offset, Depth);
      ++Depth;
    } else if (Tok.is(tok::r_brace)) {
      --Depth;
      if (Open && Depth == Open->second) {
        Out.push_back({Open->first, Tok.Offset});
        Open.reset();
      }
    }
    if (!Tok.is(tok::coloncolon))
      AfterNamespace = false, Name = llvm::StringRef();
  }
  if (Open)
    Out.push_back({Open->first, SM.getFileOffset(SM.getLocForEndOfFile(File))});
  return Out;
}

std::optional<std::string> CodeOwnership::notOwned(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return std::nullopt;
  Loc = SM.getExpansionLoc(Loc);
  if (SM.isInSystemHeader(Loc))
    return std::string("in a system header");
  const FileVerdict &V = verdict(SM.getFileID(Loc));
  if (V.Widened)
    return std::nullopt;
  if (V.NotOwned)
    return V.NotOwned;
  if (inLibraryNamespace(Loc))
    return std::string("in a metrics library's own namespace");
  return std::nullopt;
}

bool CodeOwnership::isLibraryFunction(const FunctionDecl *FD) const {
  if (!FD)
    return false;
  SourceLocation Loc = SM.getExpansionLoc(FD->getLocation());
  if (Loc.isInvalid())
    return false;
  const FileVerdict &V = verdict(SM.getFileID(Loc));
  if (V.Widened)
    return false;
  return V.Library || Api.isLibraryDecl(FD);
}

/// The declaration a qualified name ("::testing::Test") names in the TU,
/// found by lookup from the TU's scope without creating identifiers.
static const NamedDecl *lookupQualified(const ASTContext &Ctx,
                                        llvm::StringRef Name) {
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  const DeclContext *DC = Ctx.getTranslationUnitDecl();
  const NamedDecl *Found = nullptr;
  for (llvm::StringRef Part : Parts) {
    if (!DC)
      return nullptr;
    auto II = Ctx.Idents.find(Part);
    if (II == Ctx.Idents.end())
      return nullptr;
    Found = nullptr;
    for (const NamedDecl *D : DC->lookup(DeclarationName(II->getValue())))
      if (isa<NamespaceDecl, CXXRecordDecl, ClassTemplateDecl>(D)) {
        Found = D;
        break;
      }
    if (!Found)
      return nullptr;
    if (const auto *T = dyn_cast<ClassTemplateDecl>(Found))
      DC = T->getTemplatedDecl();
    else
      DC = dyn_cast<DeclContext>(Found);
  }
  return Found;
}

std::optional<std::string> CodeOwnership::testProgram() const {
  if (Options.IncludeTests)
    return std::nullopt;
  for (const std::string &Marker : Api.testMarkers())
    if (lookupQualified(Ctx, Marker))
      return "it declares '" + llvm::StringRef(Marker).ltrim(':').str() +
             "' (a test or benchmark framework)";
  std::string Path =
      filePosition(SM, SM.getLocForStartOfFile(SM.getMainFileID())).File;
  if (Path.empty())
    return std::nullopt;
  if (Options.TestSources) {
    auto Test = Options.TestSources->find(Path);
    if (Test != Options.TestSources->end())
      return "the build runs its program as the test '" + Test->second +
             "' (add_test)";
  }
  std::optional<std::string> Rel = relative(Path);
  if (Rel && Api.isTestPath(*Rel))
    return "its path '" + *Rel + "' is a test's or benchmark's";
  // Without a source root (the plugin) folders say nothing, but a file
  // named like a test still is one.
  llvm::StringRef Name = llvm::sys::path::filename(Path);
  if (!Rel && Options.SourceRoot.empty() && Api.isTestPath(Name))
    return "its name '" + Name.str() + "' is a test's or benchmark's";
  return std::nullopt;
}

} // namespace metrics_init_check
