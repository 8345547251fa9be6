//===--- ObjectHolders.cpp - Metrics objects across translation units ------===//

#include "ObjectHolders.h"
#include "JsonSafety.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace metrics_init_check {

void addSites(std::set<HolderSite> &Into, const std::set<HolderSite> &From) {
  for (const HolderSite &S : From) {
    if (Into.size() >= MaxHolderSites)
      return;
    Into.insert(S);
  }
}

void HolderFacts::merge(const HolderFacts &O) {
  if (Kind.empty())
    Kind = O.Kind;
  if (Owner.empty())
    Owner = O.Owner;
  addSites(Fills, O.Fills);
  addSites(Exports, O.Exports);
  Flows.insert(O.Flows.begin(), O.Flows.end());
  Unknown |= O.Unknown;
  Defined |= O.Defined;
  FreshResult |= O.FreshResult;
  OtherResult |= O.OtherResult;
  addSites(ResultFills, O.ResultFills);
  addSites(ResultExports, O.ResultExports);
  Methods.insert(O.Methods.begin(), O.Methods.end());
  DefinedMethods.insert(O.DefinedMethods.begin(), O.DefinedMethods.end());
}

void mergeHolders(HolderTable &Into, const HolderTable &From) {
  for (const auto &[Key, Facts] : From)
    Into[Key].merge(Facts);
}

HolderFacts mergedRecord(const std::string &Key, const HolderTable &Local,
                         const HolderTable *Program) {
  HolderFacts Out;
  auto Here = Local.find(Key);
  if (Here != Local.end())
    Out.merge(Here->second);
  if (Program) {
    auto There = Program->find(Key);
    if (There != Program->end())
      Out.merge(There->second);
  }
  return Out;
}

HolderClosure closeOver(const std::set<std::string> &Keys,
                        const HolderTable &Local, const HolderTable *Program,
                        bool Complete) {
  HolderClosure Out;
  std::set<std::string> Seen;
  std::vector<std::string> Work(Keys.begin(), Keys.end());
  while (!Work.empty() && !Out.Unknown) {
    std::string Key = std::move(Work.back());
    Work.pop_back();
    if (!Seen.insert(Key).second)
      continue;
    if (!llvm::StringRef(Key).starts_with("param:"))
      Out.Stored = true;
    // Every holder is shared with other TUs: only the whole program knows
    // all that is done with it.
    if (!Program || !Complete) {
      Out.Unknown = true;
      break;
    }
    HolderFacts Facts = mergedRecord(Key, Local, Program);
    // The methods of a field's class, from every TU that defines some.
    HolderFacts Class =
        Facts.Owner.empty() ? HolderFacts()
                            : mergedRecord(Facts.Owner, Local, Program);
    if (!Facts.Defined ||
        !std::includes(Class.DefinedMethods.begin(), Class.DefinedMethods.end(),
                       Class.Methods.begin(), Class.Methods.end())) {
      Out.Unknown = true;
      break;
    }
    Out.Unknown |= Facts.Unknown;
    addSites(Out.Fills, Facts.Fills);
    addSites(Out.Exports, Facts.Exports);
    Work.insert(Work.end(), Facts.Flows.begin(), Facts.Flows.end());
  }
  return Out;
}

namespace {
nlohmann::json sitesToJson(const std::set<HolderSite> &Sites) {
  nlohmann::json Out = nlohmann::json::array();
  for (const HolderSite &S : Sites)
    Out.push_back({S.Where.File, S.Where.Line, S.Where.Column, S.Text});
  return Out;
}

std::set<HolderSite> sitesFromJson(const nlohmann::json &J) {
  std::set<HolderSite> Out;
  for (const nlohmann::json &S : J)
    Out.insert({{S.at(0).get<std::string>(), jsonUnsigned<unsigned>(S.at(1)),
                 jsonUnsigned<unsigned>(S.at(2))},
                S.at(3).get<std::string>()});
  return Out;
}
} // namespace

void to_json(nlohmann::json &J, const HolderTable &T) {
  J = nlohmann::json::object();
  for (const auto &[Key, F] : T) {
    nlohmann::json Entry = {{"kind", F.Kind}};
    if (!F.Fills.empty())
      Entry["fills"] = sitesToJson(F.Fills);
    if (!F.Exports.empty())
      Entry["exports"] = sitesToJson(F.Exports);
    if (!F.Flows.empty())
      Entry["flows"] = F.Flows;
    if (F.Unknown)
      Entry["unknown"] = true;
    if (F.Defined)
      Entry["defined"] = true;
    if (!F.Owner.empty())
      Entry["owner"] = F.Owner;
    if (F.FreshResult)
      Entry["fresh_result"] = true;
    if (F.OtherResult)
      Entry["other_result"] = true;
    if (!F.ResultFills.empty())
      Entry["result_fills"] = sitesToJson(F.ResultFills);
    if (!F.ResultExports.empty())
      Entry["result_exports"] = sitesToJson(F.ResultExports);
    if (!F.Methods.empty())
      Entry["methods"] = F.Methods;
    if (!F.DefinedMethods.empty())
      Entry["defined_methods"] = F.DefinedMethods;
    J[Key] = std::move(Entry);
  }
}

void from_json(const nlohmann::json &J, HolderTable &T) {
  for (const auto &[Key, Entry] : J.items()) {
    HolderFacts F;
    F.Kind = Entry.at("kind").get<std::string>();
    F.Fills = sitesFromJson(Entry.value("fills", nlohmann::json::array()));
    F.Exports = sitesFromJson(Entry.value("exports", nlohmann::json::array()));
    F.Flows = Entry.value("flows", std::set<std::string>());
    F.Unknown = Entry.value("unknown", false);
    F.Defined = Entry.value("defined", false);
    F.Owner = Entry.value("owner", std::string());
    F.FreshResult = Entry.value("fresh_result", false);
    F.OtherResult = Entry.value("other_result", false);
    F.ResultFills =
        sitesFromJson(Entry.value("result_fills", nlohmann::json::array()));
    F.ResultExports =
        sitesFromJson(Entry.value("result_exports", nlohmann::json::array()));
    F.Methods = Entry.value("methods", std::set<std::string>());
    F.DefinedMethods = Entry.value("defined_methods", std::set<std::string>());
    T[Key] = std::move(F);
  }
}

} // namespace metrics_init_check
