//===--- EngineConfig.h - The engine's settings, as both front ends name them -*- C++ -*-===//
//
// One loader for what configures the engine, so the CLI and the clang-tidy
// plugin cannot drift apart: the keys of clang-tidy's CheckOptions (in the
// plugin, and in a .clang-tidy file the CLI reads) and the CLI's flags all
// go through take(), and the same code turns them into EngineOptions and an
// ApiModel. Rule defaults (levels, option defaults) come from the rule
// registry, rules/rules.json, not from C++ initialisers.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_ENGINECONFIG_H
#define METRICS_INIT_CHECK_MATCHERS_ENGINECONFIG_H

#include "Engine.h"

#include "llvm/Support/Error.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace metrics_init_check {

/// Engine options with every rule's defaults from the rule registry: its
/// level and each option's default.
EngineOptions defaultEngineOptions();

class EngineConfig {
public:
  /// Takes one setting. Shared keys (RulePacks, ServePoints, EntryPoints,
  /// IndexDir, ReportIn, IncludeTests) are accepted bare or in clang-tidy's
  /// local form "<rule-id>.<Key>"; any other "<rule-id>.<Name>" is a rule
  /// option, checked by applyTo(). Returns false for a key that is not
  /// the engine's (another tool's option in the same .clang-tidy).
  bool take(llvm::StringRef Key, llvm::StringRef Value);

  /// Rule pack files or folders of them, in order, each once.
  void addPackPath(llvm::StringRef Path);
  void addReportIn(llvm::StringRef Glob) { ReportIn.push_back(Glob.str()); }

  /// A setting applyTo() refused: its key and value, and why.
  struct OptionError {
    std::string Key, Value, Message;
  };

  /// Applies the rule options taken so far, in order (a later one wins),
  /// and ReportIn/IncludeTests, to \p Opts. Stops at the first unknown
  /// rule, option its rule does not declare, or bad value.
  std::optional<OptionError> applyTo(EngineOptions &Opts) const;

  /// What failed to load: each pack file's error, and the pack made of
  /// ServePoints/EntryPoints.
  struct LoadErrors {
    std::vector<std::string> Packs;
    std::string Options;
    bool empty() const { return Packs.empty() && Options.empty(); }
  };

  /// The built-in packs, then the pack files, then a pack made of
  /// ServePoints/EntryPoints. What fails to load is in \p Errors; the
  /// model holds what did load.
  std::shared_ptr<const ApiModel> loadApi(LoadErrors &Errors) const;
  /// The packs loadApi() builds its model of, for those that need their
  /// words rather than a model (the CLI's prefilter).
  std::vector<RulePack> loadPacks(LoadErrors &Errors) const;

  /// What configures the model: equal keys give equal models (the plugin
  /// caches models by it).
  std::string apiKey() const;

  const std::vector<std::string> &packPaths() const { return PackPaths; }
  const std::string &indexDir() const { return IndexDir; }
  const std::vector<std::string> &reportIn() const { return ReportIn; }
  bool includeTests() const { return IncludeTests; }
  const std::string &servePoints() const { return ServePoints; }
  const std::string &entryPoints() const { return EntryPoints; }

private:
  std::vector<std::string> PackPaths;
  std::string ServePoints, EntryPoints, IndexDir;
  std::vector<std::string> ReportIn;
  bool IncludeTests = false;
  /// ("<rule-id>.<Name>", value), in the order taken.
  std::vector<std::pair<std::string, std::string>> RuleOptions;
};

} // namespace metrics_init_check

#endif
