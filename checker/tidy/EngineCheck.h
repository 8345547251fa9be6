//===--- EngineCheck.h - One metrics-* rule as a clang-tidy check -*- C++ -*-===//
//
/// Runs one rule of the engine on the translation unit and turns its
/// findings into clang-tidy diagnostics with notes and fix-its. No detector
/// logic lives here: every rule id in rules/rules.json is one instance.
///
/// Docs: docs/editors.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_TIDY_ENGINECHECK_H
#define METRICS_INIT_CHECK_CHECKER_TIDY_ENGINECHECK_H

#include "Engine.h"
#include "EngineConfig.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace metrics_init_check {

class EngineCheck : public clang::tidy::ClangTidyCheck {
public:
  EngineCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  std::shared_ptr<const ApiModel> loadApiModel();
  std::shared_ptr<const ProgramSummaries> loadProgram();
  std::shared_ptr<const std::vector<TUIndex>> loadInventories();

  std::unique_ptr<Engine> TheEngine;
  PreprocessorLog PPLog;
  /// "a.json;b.json": extra rule packs, local to the check or global.
  std::string RulePacks;
  /// ";"-separated serve points and entry functions, as a pack would give.
  std::string ServePoints, EntryPoints;
  /// Where a CLI run with --index-dir left the whole-program summaries.
  std::string IndexDir;
  /// `;`-separated globs reported even in a library's or dependency's code.
  std::string ReportIn;
  /// Analyse test and benchmark programs as services.
  bool IncludeTests;
  std::vector<std::pair<std::string, std::string>> RuleOptions;
  EngineConfig Config;
};

} // namespace metrics_init_check

#endif
