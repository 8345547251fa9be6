//===--- ApiModel.cpp - What the rule packs say about an API ---------------===//

#include "ApiModel.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"

namespace metrics_init_check {

using namespace clang;

std::string packQualifiedName(const NamedDecl *D) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  for (const DeclContext *DC = D->getDeclContext(); DC;
       DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getName());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (!RD->getIdentifier())
        continue;
      Parts.push_back(RD->getName());
    } else if (isa<FunctionDecl>(DC)) {
      break; // local classes: named relative to their function
    }
  }
  std::string Name;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    Name += *It;
    Name += "::";
  }
  if (const IdentifierInfo *II = D->getIdentifier())
    Name += II->getName();
  else if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
    Name += Ctor->getParent()->getName();
  else
    Name += D->getNameAsString();
  return Name;
}

static llvm::StringRef stripGlobalScope(llvm::StringRef Name) {
  Name.consume_front("::");
  return Name;
}

template <typename T>
void ApiModel::NameIndex<T>::add(llvm::StringRef Name, T Value) {
  Name = stripGlobalScope(Name);
  if (Name.contains('*')) {
    if (auto Glob = llvm::GlobPattern::create(Name))
      Globs.emplace_back(std::move(*Glob), std::move(Value));
    else
      llvm::consumeError(Glob.takeError()); // '*' alone cannot fail
  } else {
    Exact[Name].push_back(std::move(Value));
  }
}

const ApiPattern *
ApiModel::NameTable::find(const ApiModel &Model, llvm::StringRef Name,
                          unsigned NumArgs, const FunctionDecl *Callee) const {
  const ApiPattern *Found = nullptr;
  forEachMatch(Name, [&](const ApiPattern *P) {
    if (!Found && NumArgs >= P->MinArgs &&
        (!Callee || Model.takesStrings(P->StringArgs, Callee)))
      Found = P;
  });
  return Found;
}

bool ApiModel::takesStrings(llvm::ArrayRef<unsigned> Indices,
                            const FunctionDecl *Callee) const {
  if (Indices.empty())
    return true;
  if (!Callee)
    return false;
  return llvm::all_of(Indices, [&](unsigned I) {
    if (I >= Callee->getNumParams())
      return false; // a variadic tail or another overload's shape
    QualType T = Callee->getParamDecl(I)->getType().getNonReferenceType();
    const CXXRecordDecl *Class = T->getAsCXXRecordDecl();
    return Class && StringTypes.count(packQualifiedName(Class));
  });
}

ApiModel::ApiModel(std::vector<RulePack> InPacks) : Packs(std::move(InPacks)) {
  for (const RulePack &Pack : Packs) {
    for (const ApiPattern &Api : Pack.Apis)
      Roles[static_cast<unsigned>(Api.Role)].add(Api.Name, &Api);
    for (const ObjectPattern &Object : Pack.Objects) {
      for (const std::string &Type : Object.Types)
        ObjectTypes.add(Type, &Object);
      for (const std::string &Factory : Object.CreatedBy)
        ObjectFactories.add(Factory, &Object);
      for (const ApiPattern &Factory : Object.CreatedFilledBy) {
        ObjectFactories.add(Factory.Name, &Object);
        FilledFactories.add(Factory.Name, &Factory);
      }
      for (const std::string &Type : Object.HeldAs)
        ObjectHolderTypes.add(Type, &Object);
      for (const ObjectUse &Use : Object.FilledBy)
        ObjectUses.add(Use.Api, {&Object, &Use, false});
      for (const ObjectUse &Use : Object.ExportedBy)
        ObjectUses.add(Use.Api, {&Object, &Use, true});
    }
    for (const ProgramRequirement &R : Pack.Requirements) {
      for (const ApiPattern &When : R.When)
        RequirementUse.add(When.Name, {&When, &R});
      for (const std::string &Name : R.Requires)
        RequirementMet.add(Name, &R);
      for (const std::string &Name : R.MetInSomeEnvironmentsBy)
        RequirementPartlyMet.add(Name, &R);
    }
    for (const MetricDefinition &M : Pack.Metrics) {
      if (M.Api.empty())
        MetricTypes.add(M.Type, &M);
      else
        MetricDefs.add(M.Api, &M);
      for (const MetricDefinition::Sample &S : M.Samples)
        MetricSamples.add(S.Api, &S);
    }
    for (const MetricGroup &G : Pack.MetricGroups)
      MetricGroups.add(G.Api, &G);
    for (const LabelMaker &L : Pack.LabelMakers)
      LabelMakers.add(L.Api, &L);
    for (const std::string &Type : Pack.StringTypes)
      StringTypes[stripGlobalScope(Type)] = true;
    auto Append = [](auto &To, const auto &From) {
      To.insert(To.end(), From.begin(), From.end());
    };
    Append(Naming.NonBaseUnits, Pack.Naming.NonBaseUnits);
    Append(Naming.MeasuredWords, Pack.Naming.MeasuredWords);
    Append(Naming.TypeSuffixes, Pack.Naming.TypeSuffixes);
    Append(Naming.GeneratedSuffixes, Pack.Naming.GeneratedSuffixes);
    Append(Naming.ReservedLabelPrefixes, Pack.Naming.ReservedLabelPrefixes);
    Append(Naming.ReservedLabels, Pack.Naming.ReservedLabels);
    Append(Naming.UnboundedLabelWords, Pack.Naming.UnboundedLabelWords);
    for (const std::string &Phrase : Pack.Naming.UnboundedLabelWords) {
      llvm::SmallVector<std::string, 4> Words = identifierWords(Phrase);
      if (!Words.empty())
        UnboundedPhrases.emplace_back(
            Phrase, std::vector<std::string>(Words.begin(), Words.end()));
    }
    for (const std::string &Type : Pack.Naming.RequestTypes)
      Naming.RequestTypes.push_back(stripGlobalScope(Type).str());
    Append(Naming.BoundedRequestMembers, Pack.Naming.BoundedRequestMembers);
    for (const EnvSourcePattern &Source : Pack.EnvSources)
      EnvSources[stripGlobalScope(Source.Name)] = &Source;
    for (const std::string &Literal : Pack.EnvNameLiterals)
      EnvNameLiterals[llvm::StringRef(Literal).lower()] = true;
    for (const std::string &Word : Pack.EnvConfigNames)
      EnvConfigWords.push_back(llvm::StringRef(Word).lower());
    for (const std::string &Word : Pack.MetricsSwitchNames)
      MetricsSwitchWords.push_back(llvm::StringRef(Word).lower());
    FlagPrefixes.insert(FlagPrefixes.end(), Pack.FlagPrefixes.begin(),
                        Pack.FlagPrefixes.end());
    for (const std::string &NS : Pack.LibraryNamespaces)
      LibraryNamespaces[stripGlobalScope(NS)] = true;
    for (const std::string &Folder : Pack.DependencyFolders)
      DependencyFolders[Folder] = true;
    for (const std::string &Folder : Pack.TestFolders)
      TestFolders[llvm::StringRef(Folder).lower()] = true;
    auto AddGlobs = [](const std::vector<std::string> &From,
                       std::vector<llvm::GlobPattern> &To) {
      for (const std::string &Text : From)
        if (auto Glob = llvm::GlobPattern::create(Text))
          To.push_back(std::move(*Glob));
        else
          llvm::consumeError(Glob.takeError()); // checked when read
    };
    AddGlobs(Pack.LibraryPaths, LibraryPaths);
    AddGlobs(Pack.TestFiles, TestFiles);
    TestMarkers.insert(TestMarkers.end(), Pack.TestMarkers.begin(),
                       Pack.TestMarkers.end());
  }
}

bool ApiModel::createsFilled(const FunctionDecl *Callee,
                             unsigned NumArgs) const {
  return Callee && !FilledFactories.empty() &&
         FilledFactories.find(*this, packQualifiedName(Callee), NumArgs,
                              Callee);
}

bool ApiModel::isLibraryDecl(const Decl *D) const {
  if (!D || LibraryNamespaces.empty())
    return false;
  // The outermost named namespace decides: `bvar::detail::AgentGroup` is
  // bvar's, a service's `orders::bvar_helpers` is not.
  const NamespaceDecl *Outermost = nullptr;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (!NS->isAnonymousNamespace() && !NS->isInline())
        Outermost = NS;
  return Outermost && LibraryNamespaces.count(Outermost->getName());
}

/// The folder names of \p Path, lower-cased when \p Lower.
static llvm::SmallVector<llvm::StringRef, 16>
folderNames(llvm::StringRef Path) {
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  Path.split(Parts, '/', -1, /*KeepEmpty=*/false);
  if (!Parts.empty())
    Parts.pop_back(); // the file's own name
  return Parts;
}

bool ApiModel::isLibraryPath(llvm::StringRef Path) const {
  return llvm::any_of(LibraryPaths, [&](const llvm::GlobPattern &G) {
    return G.match(Path);
  });
}

bool ApiModel::isDependencyPath(llvm::StringRef Path) const {
  return llvm::any_of(folderNames(Path), [&](llvm::StringRef Folder) {
    return DependencyFolders.count(Folder);
  });
}

bool ApiModel::isTestPath(llvm::StringRef Path) const {
  if (llvm::any_of(folderNames(Path), [&](llvm::StringRef Folder) {
        return TestFolders.count(Folder.lower());
      }))
    return true;
  llvm::StringRef File = Path.rsplit('/').second;
  if (File.empty())
    File = Path;
  return llvm::any_of(TestFiles,
                      [&](const llvm::GlobPattern &G) { return G.match(File); });
}

const ApiPattern *ApiModel::match(ApiRole Role, const FunctionDecl *Callee,
                                  unsigned NumArgs) const {
  if (!Callee)
    return nullptr;
  const NameTable &Table = Roles[static_cast<unsigned>(Role)];
  if (Table.Exact.empty() && Table.Globs.empty())
    return nullptr;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    if (const ApiPattern *P =
            matchType(Role, Ctor->getParent(), NumArgs, Ctor))
      return P;
  return Table.find(*this, packQualifiedName(Callee), NumArgs, Callee);
}

const MetricDefinition *
ApiModel::metricDefinedBy(const FunctionDecl *Callee, unsigned NumArgs) const {
  if (!Callee || MetricDefs.empty())
    return nullptr;
  const MetricDefinition *Found = nullptr;
  auto Take = [&](const MetricDefinition *M) {
    if (!Found && NumArgs >= M->MinArgs && takesStrings(M->StringArgs, Callee))
      Found = M;
  };
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    MetricDefs.forEachMatch(packQualifiedName(Ctor->getParent()), Take);
  if (!Found)
    MetricDefs.forEachMatch(packQualifiedName(Callee), Take);
  return Found;
}

const MetricDefinition *
ApiModel::metricDefinedByType(const CXXRecordDecl *Type) const {
  if (!Type || MetricTypes.empty())
    return nullptr;
  return MetricTypes.first(packQualifiedName(Type));
}

/// The first entry of \p Index a call of \p Callee matches: a
/// constructor by its class, anything else by its own name.
template <typename T, typename IndexT>
static const T *firstCalled(const IndexT &Index, const FunctionDecl *Callee) {
  if (!Callee || Index.empty())
    return nullptr;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    if (const T *Found = Index.first(packQualifiedName(Ctor->getParent())))
      return Found;
  return Index.first(packQualifiedName(Callee));
}

const MetricDefinition::Sample *
ApiModel::metricSampleBy(const FunctionDecl *Callee) const {
  return firstCalled<MetricDefinition::Sample>(MetricSamples, Callee);
}

const MetricGroup *ApiModel::metricGroupBy(const FunctionDecl *Callee) const {
  return firstCalled<MetricGroup>(MetricGroups, Callee);
}

const LabelMaker *ApiModel::labelMakerBy(const FunctionDecl *Callee) const {
  return firstCalled<LabelMaker>(LabelMakers, Callee);
}

const ApiPattern *ApiModel::matchType(ApiRole Role, const CXXRecordDecl *Type,
                                      unsigned NumArgs,
                                      const FunctionDecl *Ctor) const {
  if (!Type)
    return nullptr;
  return Roles[static_cast<unsigned>(Role)].find(
      *this, packQualifiedName(Type), NumArgs, Ctor);
}

const ObjectPattern *ApiModel::objectOfType(const CXXRecordDecl *Type) const {
  if (!Type)
    return nullptr;
  if (const ObjectPattern *P = ObjectTypes.first(packQualifiedName(Type)))
    return P;
  // A class of the service's own deriving from a pack's type is one of
  // that kind (a custom prometheus::Collectable); the nearest base decides.
  const CXXRecordDecl *Def = Type->getDefinition();
  if (!Def || ObjectTypes.empty())
    return nullptr;
  for (const CXXBaseSpecifier &Base : Def->bases())
    if (const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl())
      if (const ObjectPattern *P = objectOfType(BaseDecl))
        return P;
  return nullptr;
}

const ObjectPattern *ApiModel::objectHeldAs(const CXXRecordDecl *Type) const {
  if (const ObjectPattern *P = objectOfType(Type))
    return P;
  return Type ? ObjectHolderTypes.first(packQualifiedName(Type)) : nullptr;
}

const ObjectPattern *
ApiModel::objectCreatedBy(const FunctionDecl *Callee) const {
  return Callee ? ObjectFactories.first(packQualifiedName(Callee)) : nullptr;
}

llvm::SmallVector<ApiModel::ObjectUseMatch, 2>
ApiModel::objectUsesOf(const FunctionDecl *Callee) const {
  llvm::SmallVector<ObjectUseMatch, 2> Out;
  if (Callee)
    ObjectUses.forEachMatch(packQualifiedName(Callee),
                            [&](const ObjectUseMatch &M) { Out.push_back(M); });
  return Out;
}

const ProgramRequirement *
ApiModel::requirementUsedBy(const FunctionDecl *Callee,
                            unsigned NumArgs) const {
  const ProgramRequirement *Found = nullptr;
  if (!Callee || RequirementUse.empty())
    return nullptr;
  auto Look = [&](llvm::StringRef Name) {
    RequirementUse.forEachMatch(Name, [&](const auto &Entry) {
      if (!Found && NumArgs >= Entry.first->MinArgs &&
          takesStrings(Entry.first->StringArgs, Callee))
        Found = Entry.second;
    });
  };
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    Look(packQualifiedName(Ctor->getParent()));
  if (!Found)
    Look(packQualifiedName(Callee));
  return Found;
}

/// The requirements \p Index lists for a call of \p Callee.
template <typename RequirementIndex>
static llvm::SmallVector<const ProgramRequirement *, 1>
requirementsOf(const RequirementIndex &Index, const FunctionDecl *Callee) {
  llvm::SmallVector<const ProgramRequirement *, 1> Out;
  if (Callee && !Index.empty())
    Index.forEachMatch(packQualifiedName(Callee),
                       [&](const ProgramRequirement *R) { Out.push_back(R); });
  return Out;
}

llvm::SmallVector<const ProgramRequirement *, 1>
ApiModel::requirementsMetBy(const FunctionDecl *Callee) const {
  return requirementsOf(RequirementMet, Callee);
}

llvm::SmallVector<const ProgramRequirement *, 1>
ApiModel::requirementsPartlyMetBy(const FunctionDecl *Callee) const {
  return requirementsOf(RequirementPartlyMet, Callee);
}

const EnvSourcePattern *ApiModel::envSource(const FunctionDecl *Callee) const {
  if (!Callee || EnvSources.empty())
    return nullptr;
  auto It = EnvSources.find(packQualifiedName(Callee));
  return It == EnvSources.end() ? nullptr : It->second;
}

bool ApiModel::isEnvNameLiteral(llvm::StringRef Text) const {
  return EnvNameLiterals.count(Text.lower());
}

/// Splits an identifier into lower-case words at '_', digits and camelCase
/// humps, so "kDeployStage" gives {"k", "deploy", "stage"}.
llvm::SmallVector<std::string, 4> identifierWords(llvm::StringRef Id) {
  llvm::SmallVector<std::string, 4> Words;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Words.push_back(std::move(Current));
    Current.clear();
  };
  for (size_t I = 0; I < Id.size(); ++I) {
    char C = Id[I];
    if (!llvm::isAlnum(C)) {
      Flush();
      continue;
    }
    bool Upper = C >= 'A' && C <= 'Z';
    bool PrevLower = I > 0 && Id[I - 1] >= 'a' && Id[I - 1] <= 'z';
    if (Upper && PrevLower)
      Flush();
    Current.push_back(llvm::toLower(C));
  }
  Flush();
  return Words;
}

std::string ApiModel::unboundedLabelWord(llvm::StringRef Identifier) const {
  // Whole words in a row: "userId" and "user_id_" say user_id, "guidance"
  // does not say guid.
  // The longest phrase wins: "client_ip" rather than "ip".
  llvm::SmallVector<std::string, 4> Words = identifierWords(Identifier);
  const std::string *Best = nullptr;
  size_t BestWords = 0;
  for (const auto &[Phrase, PhraseWords] : UnboundedPhrases)
    for (size_t I = 0; I + PhraseWords.size() <= Words.size(); ++I)
      if (PhraseWords.size() > BestWords &&
          std::equal(PhraseWords.begin(), PhraseWords.end(),
                     Words.begin() + I)) {
        Best = &Phrase;
        BestWords = PhraseWords.size();
      }
  return Best ? *Best : "";
}

bool ApiModel::isRequestType(const CXXRecordDecl *Type) const {
  if (!Type || Naming.RequestTypes.empty())
    return false;
  return llvm::is_contained(Naming.RequestTypes, packQualifiedName(Type));
}

bool ApiModel::isBoundedRequestMember(llvm::StringRef Member) const {
  for (const std::string &Word : identifierWords(Member))
    if (llvm::is_contained(Naming.BoundedRequestMembers, Word))
      return true;
  return false;
}

bool ApiModel::namesEnvironment(llvm::StringRef Identifier) const {
  // Whole words only: "env" names the environment, "envelope" does not.
  for (const std::string &Word : identifierWords(Identifier))
    for (const std::string &EnvWord : EnvConfigWords)
      if (Word == EnvWord)
        return true;
  return false;
}

bool ApiModel::namesMetricsSwitch(llvm::StringRef Identifier) const {
  // Substrings: "enable_metrics", "EXPOSE_METRICS", "metricsPort",
  // "prometheus_addr" all say metrics.
  std::string Lower = Identifier.lower();
  for (const std::string &Word : MetricsSwitchWords)
    if (llvm::StringRef(Lower).contains(Word))
      return true;
  return false;
}

llvm::StringRef ApiModel::flagName(llvm::StringRef Identifier) const {
  for (const std::string &Prefix : FlagPrefixes)
    if (Identifier.starts_with(Prefix))
      return Identifier.drop_front(Prefix.size());
  return Identifier;
}

bool ApiModel::isFlagName(llvm::StringRef Identifier) const {
  for (const std::string &Prefix : FlagPrefixes)
    if (Identifier.starts_with(Prefix) && Identifier.size() > Prefix.size())
      return true;
  return false;
}

} // namespace metrics_init_check
