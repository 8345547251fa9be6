//===--- ScanOutput.cpp - A scan's report, and merging shards' ------------===//

#include "ScanOutput.h"

#include "AuditReport.h"
#include "JsonSafety.h"
#include "ReportJson.h"
#include "StableSort.h"

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

/// What `merge --report-dir` writes the audit from: the repository's
/// findings, verdicts and inventory whole, as ReportJson keeps them (the
/// SARIF and JSON forms of them above are summaries), its root, and the
/// folder the scan names files from.
static json auditData(const RepoResult &Repo, llvm::StringRef AuditRoot) {
  Report Part;
  Part.Findings = Repo.R.Findings;
  Part.AnalysedFiles = Repo.R.AnalysedFiles;
  Part.FailedFiles = Repo.R.FailedFiles;
  Part.Programs = Repo.R.Programs;
  Part.Inventory = Repo.R.Inventory;
  Part.HasVerdicts = true;
  json Data = {{"root", Repo.Root},
               {"auditRoot", AuditRoot},
               {"report", reportToJson(Part)}};
  makeValidUtf8(Data);
  return Data;
}

json scanSarif(const std::vector<RepoResult> &Repos, const RuleRegistry &Rules,
               const ToolInfo &Tool, llvm::StringRef AuditRoot) {
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
    if (Repo.R.HasVerdicts)
      Run["properties"]["metricsAuditData"] = auditData(Repo, AuditRoot);
    Runs.push_back(std::move(Run));
  }
  sortByKey(Runs, "/automationDetails/id");
  json Log;
  Log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  Log["version"] = "2.1.0";
  Log["runs"] = Runs;
  return Log;
}

json scanJson(const std::vector<RepoResult> &Repos, const ToolInfo &Tool,
              llvm::StringRef AuditRoot) {
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
      Entry["programs"] = programsJson(Repo.R, Repo.R.SourceRoot);
      Entry["metricsInventory"] = inventoryCounts(Repo.R);
      Entry["metricsAuditData"] = auditData(Repo, AuditRoot);
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

Report scanAudit(const std::vector<RepoResult> &Repos) {
  Report Audit;
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
  // In entry and file order, not in the order the repositories came in:
  // the audit of merged shards is the unsharded scan's.
  stableSort(Audit.Programs,
             [](const ProgramVerdict &A, const ProgramVerdict &B) {
               return std::tie(A.EntryFile, A.EntryLine, A.EntryName) <
                      std::tie(B.EntryFile, B.EntryLine, B.EntryName);
             });
  stableSort(Audit.Inventory, [](const MetricRecord &A, const MetricRecord &B) {
    return std::tie(A.File, A.Line, A.Name) < std::tie(B.File, B.Line, B.Name);
  });
  return Audit;
}

/// Every string of \p J that is \p From or a path under it, moved to
/// \p To: the paths of a shard whose checkout was elsewhere.
static void rebase(json &J, const std::string &From, const std::string &To) {
  if (J.is_string()) {
    const std::string &S = J.get_ref<const std::string &>();
    if (S == From || llvm::StringRef(S).starts_with(From + "/"))
      J = To + S.substr(From.size());
    return;
  }
  // Only values: object keys are field names, except RecoveredErrors' and
  // NotOwnedFindings', which the audit does not read. (A number iterates
  // as itself.)
  if (J.is_structured())
    for (json &Child : J)
      rebase(Child, From, To);
}

/// A repository of merged output from the audit data the scan put in
/// it: \p Item is a SARIF run or an entry of the JSON output. Its paths
/// are moved from the folder its shard named files from to \p Root.
static llvm::Expected<RepoResult>
auditedRepository(const json &Item, bool Sarif, const std::string &Root) {
  const json &Holder = Sarif ? Item.value("properties", json()) : Item;
  std::string Name = Holder.value("repository", std::string());
  if (!Holder.contains("metricsAuditData"))
    return llvm::createStringError(
        std::errc::invalid_argument,
        "repository '%s' carries no audit data (the output of an older "
        "version?): scan it again to merge an audit",
        Name.c_str());
  json Data = Holder.at("metricsAuditData");
  std::string From = Data.value("auditRoot", std::string());
  if (!From.empty() && From != Root)
    rebase(Data, From, Root);
  llvm::Expected<Report> R = reportFromJson(Data.value("report", json()));
  if (!R)
    return llvm::createStringError(
        std::errc::invalid_argument, "repository '%s': audit data: %s",
        Name.c_str(), llvm::toString(R.takeError()).c_str());
  RepoResult Out;
  Out.Name = std::move(Name);
  Out.Root = Data.value("root", std::string());
  Out.R = std::move(*R);
  return Out;
}

/// mergedAudit(), throwing on JSON of the wrong shape.
static llvm::Expected<MergedAudit> mergedAuditOf(const json &Merged) {
  bool Sarif = Merged.contains("runs");
  std::vector<RepoResult> Repos;
  std::string Root;
  const json &Items = Merged.at(Sarif ? "runs" : "repositories");
  // Shards of one scan name the same folders, but a CI job may have its
  // checkout in another place than the others (a runner's numbered build
  // folder): files are named from the first repository's folder, in the
  // merged order, so the order of the inputs does not matter.
  if (!Items.empty()) {
    const json &First = Sarif ? Items.front().at("properties") : Items.front();
    if (First.contains("metricsAuditData"))
      Root = First.at("metricsAuditData").value("auditRoot", std::string());
  }
  for (const json &Item : Items) {
    llvm::Expected<RepoResult> Repo = auditedRepository(Item, Sarif, Root);
    if (!Repo)
      return Repo.takeError();
    Repos.push_back(std::move(*Repo));
  }
  return MergedAudit{scanAudit(Repos), Root};
}

llvm::Expected<MergedAudit> mergedAudit(const json &Merged) {
  try {
    return mergedAuditOf(Merged);
  } catch (const json::exception &E) {
    // A hand-edited or truncated input: a run that is not an object, a
    // name that is not a string.
    return llvm::createStringError(std::errc::invalid_argument,
                                   "malformed audit data: %s", E.what());
  }
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
