//===--- Engine.h - Runs the rules on one translation unit -------*- C++ -*-===//
//
// The one entry point every front end uses: the CLI's FrontendAction, the
// clang-tidy checks. It owns no front-end concerns (files, formats, exit
// codes): it turns an ASTContext into Findings.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_ENGINE_H
#define METRICS_INIT_CHECK_MATCHERS_ENGINE_H

#include "ApiModel.h"
#include "CodeOwnership.h"
#include "ConflictingDefinition.h"
#include "EnvConditionalInit.h"
#include "InitNotOnAllPaths.h"
#include "Finding.h"
#include "NameConvention.h"
#include "PreprocessorConditionalInit.h"
#include "PreprocessorLog.h"
#include "RegistryNotExposed.h"
#include "RegistrationDroppedByLinker.h"
#include "ReservedLabel.h"
#include "UnboundedLabel.h"

#include "clang/AST/ASTContext.h"

#include <functional>
#include <memory>

namespace metrics_init_check {

class TUFacts;
struct TUIndex;

struct EngineOptions {
  /// Which rules run; all when unset.
  std::function<bool(llvm::StringRef RuleId)> RuleEnabled;
  EnvConditionalInit::Options EnvConditional;
  PreprocessorConditionalInit::Options PreprocessorConditional;
  InitNotOnAllPaths::Options InitPaths;
  RegistryNotExposed::Options Exposure;
  RegistrationDroppedByLinker::Options Linker;
  /// The naming and label lint on the metrics inventory.
  NameConvention::Options Naming;
  ConflictingDefinition::Options Conflicts;
  ReservedLabel::Options ReservedLabels;
  UnboundedLabel::Options UnboundedLabels;
  /// Whose code is reported and which programs are services.
  OwnershipOptions Ownership;
  /// What the whole-program pass knows of the functions other TUs define;
  /// without it each TU is analysed on its own.
  std::shared_ptr<const ProgramSummaries> Program;
  /// Every TU's metrics inventory as an index directory keeps it
  /// (IndexDir::loadInventories), for a front end that sees one TU at a
  /// time (the plugin): metrics-conflicting-definition then compares the
  /// TU's definitions with them. The CLI runs that rule over the whole
  /// program instead, and leaves this unset.
  std::shared_ptr<const std::vector<TUIndex>> StoredInventories;
};

/// Sets option \p Name of rule \p RuleId ("MetricsSwitchLevel" ->
/// "note"). The rule registry says which options a rule has; an unknown
/// rule or option, or a bad value, is reported through \p Error.
/// (EngineConfig.cpp)
bool applyRuleOption(EngineOptions &Opts, llvm::StringRef RuleId,
                     llvm::StringRef Name, llvm::StringRef Value,
                     std::string &Error);

/// What the engine decided about a TU besides its findings, for the
/// report's account of what was and was not looked at.
struct TUOutcome {
  /// Why the TU is a test or benchmark program and was not analysed as a
  /// service; empty when it was.
  std::string TestProgram;
  /// Findings dropped because their place is not the project's code.
  unsigned NotOwned = 0;
};

/// What MIC_DEBUG_DUMP asks to dump to stderr ("preprocessor",
/// "function-graphs", "summaries", "program"; the CLI's --dump sets it), or
/// empty. A debug aid, as clang's analyses offer one.
llvm::StringRef debugDumpRequest();

class Engine {
public:
  Engine(std::shared_ptr<const ApiModel> Api, EngineOptions Options);

  /// Runs the enabled rules on the TU. \p PP is the record of its
  /// conditional compilation (the preprocessor rule needs it; without it
  /// that rule does not run). Findings are deduplicated within the TU
  /// (template instantiations, the same header reached twice).
  /// \p Facts, when given, are this TU's facts computed by computeFacts()
  /// for another rule already (the plugin's checks share them).
  /// \p Index, when given, receives what the TU contributes to the
  /// whole-program pass (its function graphs and external calls).
  /// Test and benchmark programs get no findings (see CodeOwnership), nor
  /// do places outside the project's own code; \p Outcome says which.
  void analyze(clang::ASTContext &Ctx, const PreprocessorLog *PP,
               const FindingSink &Sink, const TUFacts *Facts = nullptr,
               TUIndex *Index = nullptr, TUOutcome *Outcome = nullptr) const;

  std::unique_ptr<TUFacts> computeFacts(clang::ASTContext &Ctx) const;

  const ApiModel &api() const { return *Api; }
  const ProgramSummaries *program() const { return Options.Program.get(); }

private:
  bool enabled(llvm::StringRef RuleId) const {
    return !Options.RuleEnabled || Options.RuleEnabled(RuleId);
  }

  std::shared_ptr<const ApiModel> Api;
  EngineOptions Options;
};

} // namespace metrics_init_check

#endif
