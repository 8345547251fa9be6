//===--- RuleRegistry.cpp - The rules, their ids and their help ------------===//

#include "RuleRegistry.h"

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include "BuiltinData.inc"

namespace metrics_init_check {

const RuleRegistry &RuleRegistry::builtin() {
  static const RuleRegistry Registry = [] {
    RuleRegistry R;
    // The registry is part of the build, and a test loads it: a malformed
    // one is a bug in this tool, not bad input.
    nlohmann::json Root = nlohmann::json::parse(BuiltinRuleRegistryJson);
    R.InformationUri = Root.value("informationUri", "");
    for (const nlohmann::json &Rule : Root.at("rules")) {
      RuleInfo Info;
      Info.Id = Rule.at("id").get<std::string>();
      Info.Name = Rule.at("name").get<std::string>();
      Info.DefaultLevel =
          parseLevel(Rule.at("level").get<std::string>()).value_or(Level::Warning);
      std::string Scope = Rule.at("scope").get<std::string>();
      Info.Scope = Scope == "program" ? RuleScope::Program
                   : Scope == "link"  ? RuleScope::Link
                                      : RuleScope::TranslationUnit;
      Info.ShortDescription = Rule.at("shortDescription").get<std::string>();
      Info.FullDescription = Rule.at("fullDescription").get<std::string>();
      std::string Enabled = Rule.value("enabled", "always");
      if (Enabled != "always" && Enabled != "audit")
        llvm::report_fatal_error("rules.json: " + llvm::Twine(Info.Id) +
                                 ": enabled must be always or audit");
      Info.AuditOnly = Enabled == "audit";
      Info.Tags = Rule.value("tags", std::vector<std::string>{});
      Info.Precision = Rule.value("precision", "");
      Info.ProblemSeverity = Rule.value("problemSeverity", "");
      for (const nlohmann::json &Opt : Rule.value("options", nlohmann::json::array()))
        Info.Options.push_back({Opt.at("name").get<std::string>(),
                                Opt.at("default").get<std::string>(),
                                Opt.at("description").get<std::string>()});
      Info.HelpUri =
          R.InformationUri + "/blob/main/docs/rules/" + Info.Id + ".md";
      for (const auto *Doc = BuiltinRuleDocs; Doc->RuleId; ++Doc)
        if (Info.Id == Doc->RuleId)
          Info.HelpMarkdown = Doc->Markdown;
      R.Rules.push_back(std::move(Info));
    }
    return R;
  }();
  return Registry;
}

const RuleInfo *RuleRegistry::find(llvm::StringRef Id) const {
  int Index = indexOf(Id);
  return Index < 0 ? nullptr : &Rules[Index];
}

bool RuleRegistry::onByDefault(llvm::StringRef Id, bool Audit) const {
  const RuleInfo *Rule = find(Id);
  return Rule && (Audit || !Rule->AuditOnly);
}

std::string RuleRegistry::defaultChecks() const {
  std::string Globs = "metrics-*";
  for (const RuleInfo &Rule : Rules)
    if (Rule.AuditOnly)
      Globs += ",-" + Rule.Id;
  return Globs;
}

bool RuleRegistry::anyEnabled(
    RuleScope Scope, llvm::function_ref<bool(llvm::StringRef)> Enabled) const {
  for (const RuleInfo &Rule : Rules)
    if (Rule.Scope == Scope && Enabled(Rule.Id))
      return true;
  return false;
}

int RuleRegistry::indexOf(llvm::StringRef Id) const {
  for (size_t I = 0; I < Rules.size(); ++I)
    if (Rules[I].Id == Id)
      return static_cast<int>(I);
  return -1;
}

std::vector<RulePack> builtinRulePacks() {
  std::vector<RulePack> Packs;
  for (const auto &Text : BuiltinPackTexts) {
    llvm::Expected<RulePack> Pack = parseRulePack(Text.Text, Text.Path);
    if (!Pack)
      llvm::report_fatal_error(
          llvm::Twine("built-in rule pack is malformed: ") +
          llvm::toString(Pack.takeError()));
    Packs.push_back(std::move(*Pack));
  }
  return Packs;
}

} // namespace metrics_init_check
