//===--- RuleRegistry.h - The rules, their ids and their help ----*- C++ -*-===//
//
// rules/rules.json is the single source of truth for what rules exist: it
// feeds --list-rules, SARIF tool.driver.rules[], the clang-tidy module's
// check names and option defaults. Each rule's help text is its docs page,
// docs/rules/<id>.md, embedded at build time.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_CONFIG_RULEREGISTRY_H
#define METRICS_INIT_CHECK_MATCHERS_CONFIG_RULEREGISTRY_H

#include "Finding.h"
#include "RulePack.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>
#include <vector>

namespace metrics_init_check {

struct RuleOption {
  std::string Name;
  std::string Default;
  std::string Description;
};

/// What a rule needs to decide.
enum class RuleScope {
  TranslationUnit, ///< its TU alone
  Program,         ///< its TU, with summaries of the whole program
  Link,            ///< the linked program only: no per-TU findings
};

struct RuleInfo {
  std::string Id;
  std::string Name;
  Level DefaultLevel = Level::Warning;
  RuleScope Scope = RuleScope::TranslationUnit;
  std::string ShortDescription;
  std::string FullDescription;
  std::string HelpMarkdown;
  std::string HelpUri;
  std::vector<std::string> Tags;
  std::string Precision;
  std::string ProblemSeverity;
  std::vector<RuleOption> Options;
  /// Off unless asked for: on in the audit (`report`, --report-dir), or
  /// when a check list is given explicitly (`"enabled": "audit"` in
  /// rules.json). Lint on the metrics inventory is useful in an audit and
  /// noise in a pull request's CI run.
  bool AuditOnly = false;
};

class RuleRegistry {
public:
  /// The registry compiled into the tool.
  static const RuleRegistry &builtin();

  llvm::ArrayRef<RuleInfo> rules() const { return Rules; }
  const RuleInfo *find(llvm::StringRef Id) const;
  /// Index of \p Id in rules() (SARIF ruleIndex), or -1.
  int indexOf(llvm::StringRef Id) const;
  const std::string &informationUri() const { return InformationUri; }
  /// Whether \p Id runs when no check list was given: every rule but the
  /// audit-only ones, and those too in an audit.
  bool onByDefault(llvm::StringRef Id, bool Audit) const;
  /// The check list that runs onByDefault(Id, false)'s rules, as globs:
  /// "metrics-*,-<audit-only id>,...", for front ends that pass a list on
  /// (the scan's workers).
  std::string defaultChecks() const;
  /// Whether a rule of \p Scope is enabled.
  bool anyEnabled(RuleScope Scope,
                  llvm::function_ref<bool(llvm::StringRef)> Enabled) const;

private:
  std::vector<RuleInfo> Rules;
  std::string InformationUri;
};

/// The packs compiled into the tool, parsed (rules/packs/*.json).
std::vector<RulePack> builtinRulePacks();

} // namespace metrics_init_check

#endif
