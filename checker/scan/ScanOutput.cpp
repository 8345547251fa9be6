//===--- ScanOutput.cpp - A scan's report, and merging shards' ------------===//

#include "ScanOutput.h"

#include "AuditReport.h"

#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>

namespace metrics_init_check {
namespace scan {

using nlohmann::json;

std::string runCategory(llvm::StringRef Repo) {
  return ("metrics-init-check/scan/" + Repo + "/").str();
}

static json provenance(const VcsInfo &Vcs) {
  json Entry;
  Entry["repositoryUri"] = Vcs.RemoteUrl;
  if (!Vcs.Commit.empty())
    Entry["revisionId"] = Vcs.Commit;
  if (!Vcs.Branch.empty())
    Entry["branch"] = Vcs.Branch;
  Entry["mappedTo"]["uriBaseId"] = "%SRCROOT%";
  return Entry;
}

/// Runs (SARIF) or repositories (JSON) in one order, whoever made them.
static void sortByKey(json &Array, const char *Key) {
  std::sort(Array.begin(), Array.end(),
                   [&](const json &A, const json &B) {
                     return A.value(json::json_pointer(Key), std::string()) <
                            B.value(json::json_pointer(Key), std::string());
                   });
}

json scanSarif(const std::vector<RepoResult> &Repos, const RuleRegistry &Rules,
               const ToolInfo &Tool) {
  json Runs = json::array();
  for (const RepoResult &Repo : Repos) {
    SarifOptions Opts;
    Opts.Category = runCategory(Repo.Name);
    json Log = toSarif(Repo.R, Rules, Tool, Opts);
    json Run = Log["runs"][0];
    // A remote is what a reader can find the code by; without one there is
    // no repositoryUri, which SARIF requires.
    if (Repo.Vcs && !Repo.Vcs->RemoteUrl.empty())
      Run["versionControlProvenance"] = json::array({provenance(*Repo.Vcs)});
    Run["properties"]["repository"] = Repo.Name;
    Runs.push_back(std::move(Run));
  }
  sortByKey(Runs, "/automationDetails/id");
  json Log;
  Log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  Log["version"] = "2.1.0";
  Log["runs"] = Runs;
  return Log;
}

json scanJson(const std::vector<RepoResult> &Repos, const ToolInfo &Tool) {
  json Out;
  Out["tool"] = {{"name", Tool.Name}, {"version", Tool.Version}};
  json List = json::array();
  for (const RepoResult &Repo : Repos) {
    json Entry = toJson(Repo.R, Tool);
    Entry.erase("tool");
    Entry["repository"] = Repo.Name;
    Entry["root"] = Repo.Root;
    if (Repo.Vcs)
      Entry["vcs"] = {{"remote", Repo.Vcs->RemoteUrl},
                      {"commit", Repo.Vcs->Commit},
                      {"branch", Repo.Vcs->Branch}};
    // As SARIF's run properties: merged shards keep them.
    if (Repo.R.HasVerdicts) {
      Entry["metricsAudit"] = verdictCounts(Repo.R);
      Entry["programs"] = programsJson(Repo.R);
      Entry["metricsInventory"] = inventoryCounts(Repo.R);
    }
    List.push_back(std::move(Entry));
  }
  sortByKey(List, "/repository");
  Out["repositories"] = List;
  return Out;
}

void writeScanText(const std::vector<RepoResult> &Repos,
                   llvm::raw_ostream &OS) {
  for (const RepoResult &Repo : Repos) {
    unsigned Findings = 0;
    for (const ResolvedFinding &F : Repo.R.Findings)
      Findings += !F.suppressed();
    OS << "== " << Repo.Name << " (" << Repo.Root << "): " << Findings
       << " finding(s)\n";
    writeText(Repo.R, OS);
  }
}

Report scanAudit(const std::vector<RepoResult> &Repos, llvm::StringRef Root) {
  Report Audit;
  Audit.SourceRoot = Root.str();
  Audit.HasVerdicts = true;
  for (const RepoResult &Repo : Repos) {
    const Report &R = Repo.R;
    Audit.Findings.insert(Audit.Findings.end(), R.Findings.begin(),
                          R.Findings.end());
    Audit.Programs.insert(Audit.Programs.end(), R.Programs.begin(),
                          R.Programs.end());
    Audit.Inventory.insert(Audit.Inventory.end(), R.Inventory.begin(),
                           R.Inventory.end());
    Audit.AnalysedFiles.insert(Audit.AnalysedFiles.end(),
                               R.AnalysedFiles.begin(), R.AnalysedFiles.end());
    Audit.FailedFiles.insert(Audit.FailedFiles.end(), R.FailedFiles.begin(),
                             R.FailedFiles.end());
    Audit.RepositoryNames[Repo.Root] = Repo.Name;
  }
  Audit.normalise();
  return Audit;
}

llvm::Expected<json> mergeOutputs(llvm::ArrayRef<std::string> Files) {
  json Merged;
  bool Sarif = false;
  json Items = json::array();
  std::set<std::string> Seen;
  for (size_t I = 0; I < Files.size(); ++I) {
    auto Buffer = llvm::MemoryBuffer::getFileOrSTDIN(Files[I]);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read '%s'",
                                     Files[I].c_str());
    json Log = json::parse((*Buffer)->getBuffer().begin(),
                           (*Buffer)->getBuffer().end(), nullptr, false);
    bool IsSarif = Log.is_object() && Log.contains("runs") &&
                   Log["runs"].is_array();
    bool IsJson = Log.is_object() && Log.contains("repositories") &&
                  Log["repositories"].is_array();
    if (!IsSarif && !IsJson)
      return llvm::createStringError(
          std::errc::invalid_argument,
          "'%s' is not the SARIF or JSON output of a scan", Files[I].c_str());
    if (I == 0) {
      Sarif = IsSarif;
      Merged = Log;
    } else if (IsSarif != Sarif) {
      return llvm::createStringError(std::errc::invalid_argument,
                                     "'%s' is not in the format of '%s'",
                                     Files[I].c_str(), Files[0].c_str());
    }
    const char *Key = Sarif ? "/automationDetails/id" : "/repository";
    for (json &Item : Log[Sarif ? "runs" : "repositories"]) {
      std::string Id = Item.value(json::json_pointer(Key), std::string());
      if (!Seen.insert(Id).second)
        return llvm::createStringError(
            std::errc::invalid_argument,
            "repository '%s' is in more than one input (the same shard "
            "twice?)",
            Id.c_str());
      Items.push_back(std::move(Item));
    }
  }
  sortByKey(Items, Sarif ? "/automationDetails/id" : "/repository");
  Merged[Sarif ? "runs" : "repositories"] = Items;
  return Merged;
}

} // namespace scan
} // namespace metrics_init_check
