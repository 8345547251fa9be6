//===--- ApiModel.h - What the rule packs say about an API -------*- C++ -*-===//
//
// The merged, read-only view of all loaded rule packs. One ApiModel is built
// per run and shared by every TU and worker thread; per-TU caches live in
// TUFacts.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_CONFIG_APIMODEL_H
#define METRICS_INIT_CHECK_MATCHERS_CONFIG_APIMODEL_H

#include "RulePack.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/GlobPattern.h"

#include <optional>

namespace metrics_init_check {

/// The qualified name of \p D as rule packs spell it: no leading "::", no
/// inline or anonymous namespaces, no template arguments
/// ("opentelemetry::metrics::Provider::SetMeterProvider").
std::string packQualifiedName(const clang::NamedDecl *D);

/// Splits an identifier into lower-case words at non-alphanumerics and
/// camelCase humps: "kDeployStage" gives {"k", "deploy", "stage"}.
llvm::SmallVector<std::string, 4> identifierWords(llvm::StringRef Id);

class ApiModel {
public:
  explicit ApiModel(std::vector<RulePack> Packs);

  /// The pattern of \p Role that \p Callee matches when called with
  /// \p NumArgs arguments. Constructors match their class's name.
  const ApiPattern *match(ApiRole Role, const clang::FunctionDecl *Callee,
                          unsigned NumArgs) const;
  /// Whether constructing a \p Type object is an API of \p Role. Without
  /// the constructor \p Ctor (a `make_shared<T>(args)`, whose constructor
  /// is not resolved at the call) `string_args` are not checked.
  const ApiPattern *matchType(ApiRole Role, const clang::CXXRecordDecl *Type,
                              unsigned NumArgs,
                              const clang::FunctionDecl *Ctor = nullptr) const;

  /// Whether \p Callee takes a string (`string_types`) at each parameter
  /// of \p Indices; true for no indices, false for a missing parameter.
  bool takesStrings(llvm::ArrayRef<unsigned> Indices,
                    const clang::FunctionDecl *Callee) const;

  const EnvSourcePattern *envSource(const clang::FunctionDecl *Callee) const;

  bool isEnvNameLiteral(llvm::StringRef Text) const;
  /// Whether an identifier or key ("app_env", "deploymentStage") names the
  /// deployment environment.
  bool namesEnvironment(llvm::StringRef Identifier) const;
  /// Whether an identifier or key names a metrics switch.
  bool namesMetricsSwitch(llvm::StringRef Identifier) const;
  bool isFlagName(llvm::StringRef Identifier) const;
  /// "enable_metrics" for "FLAGS_enable_metrics".
  llvm::StringRef flagName(llvm::StringRef Identifier) const;

  llvm::ArrayRef<RulePack> packs() const { return Packs; }

  /// The kind of metrics object constructing a \p Type creates.
  const ObjectPattern *objectOfType(const clang::CXXRecordDecl *Type) const;
  /// The kind of metrics object a holder declared as \p Type holds: the
  /// object's own types and the pack's `held_as` interfaces.
  const ObjectPattern *objectHeldAs(const clang::CXXRecordDecl *Type) const;
  /// The kind of metrics object a call of \p Callee returns (a factory).
  const ObjectPattern *objectCreatedBy(const clang::FunctionDecl *Callee) const;
  /// What a call of \p Callee does to metrics objects.
  struct ObjectUseMatch {
    const ObjectPattern *Pattern;
    const ObjectUse *Use;
    bool Exports; ///< exports the object; otherwise it fills it
  };
  llvm::SmallVector<ObjectUseMatch, 2>
  objectUsesOf(const clang::FunctionDecl *Callee) const;
  /// The program-wide requirement a call of \p Callee with \p NumArgs
  /// arguments triggers (constructors match their class), if any.
  const ProgramRequirement *requirementUsedBy(const clang::FunctionDecl *Callee,
                                              unsigned NumArgs) const;
  /// The requirements a call of \p Callee meets.
  llvm::SmallVector<const ProgramRequirement *, 1>
  requirementsMetBy(const clang::FunctionDecl *Callee) const;
  /// The requirements a call of \p Callee meets in some environments only
  /// (`met_in_some_environments`).
  llvm::SmallVector<const ProgramRequirement *, 1>
  requirementsPartlyMetBy(const clang::FunctionDecl *Callee) const;
  bool hasRequirements() const { return !RequirementMet.empty(); }

  /// Whether a call of \p Callee with \p NumArgs arguments makes an object
  /// that is filled already (`created_filled_by`).
  bool createsFilled(const clang::FunctionDecl *Callee, unsigned NumArgs) const;

  /// Whether \p D is declared inside a metrics library's own namespace
  /// (`library_namespaces`): its code is the library's, not the service's.
  bool isLibraryDecl(const clang::Decl *D) const;
  bool isLibraryNamespace(llvm::StringRef OutermostNamespace) const {
    return LibraryNamespaces.count(OutermostNamespace);
  }
  /// Whether \p Path is a library's own file (`library_paths`) or lies
  /// under a dependency folder (`dependency_folders`).
  bool isLibraryPath(llvm::StringRef Path) const;
  bool isDependencyPath(llvm::StringRef Path) const;
  /// Whether \p Path is a test or benchmark source by its folders or
  /// name (`test_folders`, `test_files`).
  bool isTestPath(llvm::StringRef Path) const;
  llvm::ArrayRef<std::string> testMarkers() const { return TestMarkers; }

  /// The metric definition (`metrics`) a call of \p Callee with
  /// \p NumArgs arguments is (constructors match their class), if any.
  const MetricDefinition *metricDefinedBy(const clang::FunctionDecl *Callee,
                                          unsigned NumArgs) const;
  bool hasMetricDefinitions() const {
    return !MetricDefs.empty() || !MetricTypes.empty();
  }
  /// The definition by `type` an object of \p Type is, if any.
  const MetricDefinition *
  metricDefinedByType(const clang::CXXRecordDecl *Type) const;
  /// The sample API (`metrics[].samples`) \p Callee is, if any.
  const MetricDefinition::Sample *
  metricSampleBy(const clang::FunctionDecl *Callee) const;
  /// The metric group (`metric_groups`) a call of \p Callee opens.
  const MetricGroup *metricGroupBy(const clang::FunctionDecl *Callee) const;
  /// The label maker (`label_makers`) a call of \p Callee is.
  const LabelMaker *labelMakerBy(const clang::FunctionDecl *Callee) const;
  /// Every pack's `metric_naming`, merged.
  const MetricNaming &naming() const { return Naming; }
  /// The `unbounded_label_words` phrase \p Identifier contains as whole
  /// words ("request_id" in "requestId_"), or "".
  std::string unboundedLabelWord(llvm::StringRef Identifier) const;
  /// Whether \p Type is one of the `request_types` (request data).
  bool isRequestType(const clang::CXXRecordDecl *Type) const;
  bool isBoundedRequestMember(llvm::StringRef Member) const;

  bool hasObjects() const {
    return !ObjectTypes.empty() || !ObjectFactories.empty();
  }

private:
  /// Qualified names, exact or with `*` wildcards, each with what it names.
  template <typename T> struct NameIndex {
    llvm::StringMap<std::vector<T>> Exact;
    std::vector<std::pair<llvm::GlobPattern, T>> Globs;
    void add(llvm::StringRef Name, T Value);
    bool empty() const { return Exact.empty() && Globs.empty(); }
    /// The first entry \p Name matches, or a default T.
    T first(llvm::StringRef Name) const {
      std::optional<T> Found;
      forEachMatch(Name, [&](const T &V) {
        if (!Found)
          Found = V;
      });
      return Found ? *Found : T();
    }
    template <typename Fn> void forEachMatch(llvm::StringRef Name, Fn F) const {
      auto It = Exact.find(Name);
      if (It != Exact.end())
        for (const T &V : It->second)
          F(V);
      for (const auto &[Glob, V] : Globs)
        if (Glob.match(Name))
          F(V);
    }
  };
  struct NameTable : NameIndex<const ApiPattern *> {
    /// The first pattern \p Name matches that a call of \p Callee (null:
    /// unknown) with \p NumArgs arguments meets.
    const ApiPattern *find(const ApiModel &Model, llvm::StringRef Name,
                           unsigned NumArgs,
                           const clang::FunctionDecl *Callee) const;
  };

  std::vector<RulePack> Packs;
  NameTable Roles[NumApiRoles];
  NameIndex<const ObjectPattern *> ObjectTypes, ObjectFactories,
      ObjectHolderTypes;
  NameIndex<ObjectUseMatch> ObjectUses;
  NameIndex<std::pair<const ApiPattern *, const ProgramRequirement *>>
      RequirementUse;
  NameIndex<const ProgramRequirement *> RequirementMet;
  NameIndex<const ProgramRequirement *> RequirementPartlyMet;
  NameIndex<const MetricDefinition *> MetricDefs, MetricTypes;
  NameIndex<const MetricDefinition::Sample *> MetricSamples;
  NameIndex<const MetricGroup *> MetricGroups;
  NameIndex<const LabelMaker *> LabelMakers;
  llvm::StringMap<bool> StringTypes;
  MetricNaming Naming;
  /// unbounded_label_words, each split into its words.
  std::vector<std::pair<std::string, std::vector<std::string>>>
      UnboundedPhrases;
  llvm::StringMap<const EnvSourcePattern *> EnvSources;
  llvm::StringMap<bool> EnvNameLiterals;
  std::vector<std::string> EnvConfigWords;
  std::vector<std::string> MetricsSwitchWords;
  std::vector<std::string> FlagPrefixes;
  NameTable FilledFactories;
  llvm::StringMap<bool> LibraryNamespaces;
  std::vector<llvm::GlobPattern> LibraryPaths, TestFiles;
  llvm::StringMap<bool> DependencyFolders, TestFolders;
  std::vector<std::string> TestMarkers;
};

} // namespace metrics_init_check

#endif
