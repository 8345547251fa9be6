//===--- SarifWriter.cpp - SARIF 2.1.0 -------------------------------------===//
//
// Validated in the tests by the SARIF multitool with its own rules and with
// GitHub code scanning's (scripts/validate-sarif).
//
//===----------------------------------------------------------------------===//

#include "AuditReport.h"
#include "Fingerprint.h"
#include "JsonSafety.h"
#include "Writers.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Compression.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace metrics_init_check {

using nlohmann::json;

namespace {

std::string sizeText(size_t Bytes) {
  if (Bytes % (1u << 20) == 0)
    return std::to_string(Bytes >> 20) + " MB";
  return std::to_string(Bytes) + " bytes";
}

/// Percent-encodes what RFC 3986 does not allow in a path.
std::string uriEscape(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/!$&'()*+,;=:@").contains(C))
      Out += C;
    else
      Out += llvm::formatv("%{0:X-2}", static_cast<unsigned>(C)).str();
  }
  return Out;
}

class SarifBuilder {
public:
  SarifBuilder(const Report &R, const RuleRegistry &Rules,
               const SarifOptions &Options, unsigned MaxResults)
      : R(R), Rules(Rules), Options(Options) {
    chooseResults(MaxResults);
    // Artifacts first, sorted, so indices do not depend on finding order.
    std::set<std::string> Files;
    auto Add = [&](const ResolvedLocation &L) {
      if (L.valid())
        Files.insert(L.File);
    };
    for (const ResolvedFinding *Found : Chosen) {
      const ResolvedFinding &F = *Found;
      Add(F.Where);
      for (const auto &N : F.Related)
        Add(N.Where);
      for (const auto &N : F.Flow)
        Add(N.Where);
      for (const auto &Fix : F.Fixes)
        Add(Fix.Where);
    }
    for (const Notification &N : R.Notifications)
      if (!N.File.empty())
        Files.insert(N.File);
    Files.insert(R.AnalysedFiles.begin(), R.AnalysedFiles.end());
    Files.insert(R.FailedFiles.begin(), R.FailedFiles.end());
    Targets.insert(R.AnalysedFiles.begin(), R.AnalysedFiles.end());
    Targets.insert(R.FailedFiles.begin(), R.FailedFiles.end());
    for (const std::string &F : Files) {
      ArtifactIndex[F] = Artifacts.size();
      Artifacts.push_back(F);
    }
  }

  json build(const ToolInfo &Tool) {
    json Run;
    Run["tool"]["driver"] = driver(Tool);
    Run["originalUriBaseIds"]["%SRCROOT%"]["uri"] =
        "file://" + uriEscape(R.SourceRoot + "/");
    json Arts = json::array();
    for (const std::string &F : Artifacts) {
      json Art = {{"location", artifactLocation(F, /*WithIndex=*/false)}};
      llvm::StringRef Ext = llvm::sys::path::extension(F);
      // Suppression files are artifacts too, but not C or C++.
      if (Ext != ".json")
        Art["sourceLanguage"] = Ext == ".c" ? "c" : "cplusplus";
      Art["roles"] = Targets.count(F) ? json::array({"analysisTarget"})
                                      : json::array({"resultFile"});
      Arts.push_back(Art);
    }
    Run["artifacts"] = Arts;
    json Results = json::array();
    for (const ResolvedFinding *F : Chosen)
      Results.push_back(result(*F));
    Run["results"] = Results;
    Run["invocations"] = json::array({invocation()});
    Run["columnKind"] = "unicodeCodePoints";
    // The audit's program verdicts, for CI that reads no report directory.
    if (R.HasVerdicts)
      Run["properties"] = {{"metricsAudit", verdictCounts(R)},
                           {"programs", programsJson(R, R.SourceRoot)},
                           {"metricsInventory", inventoryCounts(R)}};
    if (!Options.Category.empty()) {
      // GitHub reads the category as everything up to the last '/'.
      std::string Id = Options.Category;
      if (Id.back() != '/')
        Id += '/';
      Run["automationDetails"]["id"] = Id;
    }
    json Log;
    Log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    Log["version"] = "2.1.0";
    Log["runs"] = json::array({Run});
    return Log;
  }

private:
  json driver(const ToolInfo &Tool) {
    json Driver;
    Driver["name"] = Tool.Name;
    Driver["version"] = Tool.Version;
    Driver["semanticVersion"] = Tool.Version;
    Driver["informationUri"] = Rules.informationUri();
    json RuleList = json::array();
    for (const RuleInfo &Rule : Rules.rules()) {
      json Entry;
      Entry["id"] = Rule.Id;
      Entry["name"] = Rule.Name;
      Entry["shortDescription"]["text"] = Rule.ShortDescription;
      Entry["fullDescription"]["text"] = Rule.FullDescription;
      Entry["help"]["text"] = Rule.FullDescription;
      Entry["help"]["markdown"] =
          Rule.HelpMarkdown.empty() ? Rule.FullDescription : Rule.HelpMarkdown;
      Entry["helpUri"] = Rule.HelpUri;
      Entry["defaultConfiguration"]["level"] = levelName(Rule.DefaultLevel);
      json Props;
      Props["tags"] = Rule.Tags;
      if (!Rule.Precision.empty())
        Props["precision"] = Rule.Precision;
      if (!Rule.ProblemSeverity.empty())
        Props["problem.severity"] = Rule.ProblemSeverity;
      Entry["properties"] = Props;
      RuleList.push_back(Entry);
    }
    Driver["rules"] = RuleList;
    return Driver;
  }

  json artifactLocation(const std::string &File, bool WithIndex = true) {
    json Loc;
    llvm::StringRef Path = File;
    llvm::StringRef Root = R.SourceRoot;
    if (!Root.empty() && Path.starts_with(Root) && Path.size() > Root.size() &&
        Path[Root.size()] == '/') {
      Loc["uri"] = uriEscape(Path.drop_front(Root.size() + 1));
      Loc["uriBaseId"] = "%SRCROOT%";
    } else {
      Loc["uri"] = "file://" + uriEscape(Path);
    }
    if (WithIndex) {
      auto It = ArtifactIndex.find(File);
      if (It != ArtifactIndex.end())
        Loc["index"] = It->second;
    }
    return Loc;
  }

  json region(const ResolvedLocation &L) {
    json Region;
    Region["startLine"] = L.Line;
    Region["startColumn"] = L.CodePointColumn;
    Region["endLine"] = L.EndLine;
    Region["endColumn"] = L.EndCodePointColumn;
    return Region;
  }

  json physical(const ResolvedLocation &L) {
    return {{"artifactLocation", artifactLocation(L.File)},
            {"region", region(L)}};
  }

  json location(const ResolvedLocation &L, const std::string &Message = "") {
    json Loc;
    Loc["physicalLocation"] = physical(L);
    if (!Message.empty())
      Loc["message"]["text"] = Message;
    return Loc;
  }

  json result(const ResolvedFinding &F) {
    json Result;
    Result["ruleId"] = F.RuleId;
    int Index = Rules.indexOf(F.RuleId);
    if (Index >= 0)
      Result["ruleIndex"] = Index;
    Result["level"] = levelName(F.Severity);
    Result["message"]["text"] = F.Message;
    json Primary = location(F.Where);
    if (!F.Function.empty())
      Primary["logicalLocations"] = json::array(
          {{{"fullyQualifiedName", F.Function}, {"kind", "function"}}});
    Result["locations"] = json::array({Primary});
    if (F.Baseline != BaselineState::None)
      Result["baselineState"] = baselineStateName(F.Baseline);
    json Suppressions = json::array();
    if (F.Suppression)
      Suppressions.push_back({{"kind", "inSource"},
                              {"justification", *F.Suppression},
                              {"location", location(F.Where)}});
    if (F.External) {
      json S = {{"kind", "external"},
                {"status", "accepted"},
                {"justification", F.External->Justification}};
      ResolvedLocation Entry;
      Entry.File = F.External->File;
      Entry.Line = Entry.EndLine = F.External->Line;
      S["location"]["physicalLocation"] = {
          {"artifactLocation", artifactLocation(Entry.File)},
          {"region", {{"startLine", Entry.Line}}}};
      Suppressions.push_back(S);
    }
    if (!Suppressions.empty())
      Result["suppressions"] = Suppressions;
    json Related = json::array();
    unsigned Id = 1;
    unsigned Valid = 0;
    for (const ResolvedNote &N : F.Related)
      if (N.Where.valid() && ++Valid <= Options.Limits.MaxRelatedLocations) {
        json Loc = location(N.Where, N.Message);
        Loc["id"] = Id++;
        Related.push_back(Loc);
      }
    if (Valid > Options.Limits.MaxRelatedLocations)
      ++TrimmedRelated;
    if (!Related.empty())
      Result["relatedLocations"] = Related;
    // Ours survive line shifts (baselines); GitHub's is what its upload
    // action would compute (LineHash.h).
    if (F.PreviousFingerprints.empty()) {
      FindingIdentity Identity = identityOf(F);
      Result["fingerprints"] = {{IdentityKey, Identity.Full},
                                {LineIdentityKey, Identity.ByLine},
                                {MessageIdentityKey, Identity.ByMessage}};
    } else {
      for (const auto &[Key, Value] : F.PreviousFingerprints)
        Result["fingerprints"][Key] = Value;
    }
    if (!F.LineHash.empty())
      Result["partialFingerprints"]["primaryLocationLineHash"] = F.LineHash;
    if (!F.Flow.empty()) {
      json Steps = json::array();
      for (const ResolvedNote &N : F.Flow)
        if (N.Where.valid() &&
            Steps.size() < Options.Limits.MaxThreadFlowLocations)
          Steps.push_back({{"location", location(N.Where, N.Message)},
                           {"nestingLevel", N.Nesting}});
      if (F.Flow.size() > Options.Limits.MaxThreadFlowLocations)
        ++TrimmedFlows;
      if (!Steps.empty())
        Result["codeFlows"] = json::array(
            {{{"message", {{"text", "a path that skips metrics "
                                    "initialisation"}}},
              {"threadFlows", json::array({{{"locations", Steps}}})}}});
    }
    if (!F.Fixes.empty()) {
      // One artifactChange per file, replacements in file order.
      std::map<std::string, json> ByFile;
      for (const ResolvedReplacement &Fix : F.Fixes) {
        json Replacement;
        Replacement["deletedRegion"] = region(Fix.Where);
        // A fix copies text from the source, which need not be UTF-8:
        // SARIF's "binary" (base64) carries those bytes unchanged.
        const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(
            Fix.Text.data());
        if (llvm::isLegalUTF8String(&Begin, Begin + Fix.Text.size()))
          Replacement["insertedContent"]["text"] = Fix.Text;
        else
          Replacement["insertedContent"]["binary"] =
              llvm::encodeBase64(Fix.Text);
        ByFile[Fix.Where.File].push_back(Replacement);
      }
      json Changes = json::array();
      for (auto &[File, Replacements] : ByFile)
        Changes.push_back({{"artifactLocation", artifactLocation(File)},
                           {"replacements", Replacements}});
      Result["fixes"] = json::array(
          {{{"description", {{"text", F.FixDescription}}},
            {"artifactChanges", Changes}}});
    }
    return Result;
  }

  json invocation() {
    json Inv;
    Inv["executionSuccessful"] = R.FailedFiles.empty();
    if (!R.CommandLine.empty()) {
      std::string Line;
      for (const std::string &Arg : R.CommandLine)
        Line += (Line.empty() ? "" : " ") + Arg;
      Inv["commandLine"] = Line;
    }
    json Notes = json::array();
    std::vector<Notification> All = R.Notifications;
    std::vector<Notification> Limits = cappingNotifications();
    All.insert(All.end(), Limits.begin(), Limits.end());
    for (const Notification &N : All) {
      json Note;
      Note["level"] = levelName(N.Severity);
      Note["message"]["text"] = N.Message;
      if (!N.File.empty())
        Note["locations"] = json::array(
            {{{"physicalLocation",
               {{"artifactLocation", artifactLocation(N.File)}}}}});
      Notes.push_back(Note);
    }
    Inv["toolExecutionNotifications"] = Notes;
    // What was analysed but not as a service, and what was found outside
    // the project's own code: the account a reader of a quiet report needs.
    json Tests = json::array();
    for (const auto &[File, Why] : R.TestPrograms)
      Tests.push_back({{"file", File}, {"reason", Why}});
    unsigned NotOwned = 0;
    for (const auto &Entry : R.NotOwnedFindings)
      NotOwned += Entry.second;
    Inv["properties"]["testPrograms"] = Tests;
    Inv["properties"]["findingsOutsideOwnCode"] = NotOwned;
    // Absent when no TU was left out, so reports of runs that skipped
    // nothing read as before.
    if (!R.Prefiltered.empty()) {
      json Skipped = json::array();
      for (const std::string &File : R.Prefiltered)
        Skipped.push_back(File);
      Inv["properties"]["prefilter"] = {
          {"skipped", R.Prefiltered.size()},
          {"reason", PrefilterReason},
          {"files", Skipped}};
    }
    return Inv;
  }

public:
  /// What was left out to respect Options.Limits; valid after build().
  std::vector<Notification> cappingNotifications() const {
    std::vector<Notification> Out;
    const SarifLimits &L = Options.Limits;
    if (LeftOut)
      Out.push_back(
          {Level::Warning,
           std::to_string(LeftOut) + " of " + std::to_string(Total) +
               " results left out of this run: at most " +
               std::to_string(Chosen.size()) +
               " fit GitHub code scanning's limits (" +
               std::to_string(L.MaxResults) + " results per run, " +
               sizeText(L.MaxGzippedBytes) +
               " gzipped per upload); kept by level, new before known, "
               "unsuppressed before suppressed",
           ""});
    auto Trimmed = [&](unsigned Results, llvm::StringRef What,
                       unsigned Limit) {
      if (Results)
        Out.push_back({Level::Warning,
                       std::to_string(Results) + " result(s) have more " +
                           What.str() + " than GitHub accepts; only the first " +
                           std::to_string(Limit) + " are kept",
                       ""});
    };
    Trimmed(TrimmedRelated, "related locations", L.MaxRelatedLocations);
    Trimmed(TrimmedFlows, "path steps", L.MaxThreadFlowLocations);
    return Out;
  }

private:
  /// The results written, in report order: all of them when they fit,
  /// otherwise the most important \p Max.
  void chooseResults(unsigned Max) {
    std::vector<const ResolvedFinding *> All;
    for (const ResolvedFinding &F : R.Findings)
      All.push_back(&F);
    for (const ResolvedFinding &F : R.Absent)
      All.push_back(&F);
    Total = All.size();
    if (All.size() > Max) {
      auto Rank = [](const ResolvedFinding *F) {
        return std::make_tuple(F->Baseline == BaselineState::Absent,
                               -static_cast<int>(F->Severity),
                               F->Baseline != BaselineState::New &&
                                   F->Baseline != BaselineState::None,
                               F->suppressed());
      };
      std::vector<size_t> Order(All.size());
      for (size_t I = 0; I < Order.size(); ++I)
        Order[I] = I;
      // Ties in rank keep report order (the positions themselves).
      std::sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
        auto RA = Rank(All[A]), RB = Rank(All[B]);
        return RA < RB || (!(RB < RA) && A < B);
      });
      Order.resize(Max);
      std::sort(Order.begin(), Order.end());
      std::vector<const ResolvedFinding *> Kept;
      for (size_t I : Order)
        Kept.push_back(All[I]);
      All = std::move(Kept);
    }
    LeftOut = Total - All.size();
    Chosen = std::move(All);
  }

  const Report &R;
  const RuleRegistry &Rules;
  const SarifOptions &Options;
  std::vector<const ResolvedFinding *> Chosen;
  size_t Total = 0, LeftOut = 0;
  unsigned TrimmedRelated = 0, TrimmedFlows = 0;
  std::vector<std::string> Artifacts;
  std::set<std::string> Targets;
  std::map<std::string, unsigned> ArtifactIndex;
};

} // namespace

static size_t gzippedSize(const json &Log) {
  std::string Text = Log.dump(2);
  if (!llvm::compression::zlib::isAvailable())
    return Text.size(); // an upper bound
  llvm::SmallVector<uint8_t, 0> Compressed;
  llvm::compression::zlib::compress(
      llvm::arrayRefFromStringRef(Text), Compressed);
  return Compressed.size();
}

json toSarif(const Report &R, const RuleRegistry &Rules, const ToolInfo &Tool,
             const SarifOptions &Options, std::vector<Notification> *Capped) {
  unsigned Max = Options.Limits.MaxResults;
  for (unsigned Attempt = 0;; ++Attempt) {
    SarifBuilder Builder(R, Rules, Options, Max);
    json Log = Builder.build(Tool);
    // File names and anything else not yet checked (messages are, in
    // Report::normalise); URIs are percent-encoded bytes already.
    makeValidUtf8(Log);
    size_t Size = gzippedSize(Log);
    unsigned Written = Log["runs"][0]["results"].size();
    // Too big for one upload: fewer results, in proportion, and again.
    if (Size > Options.Limits.MaxGzippedBytes && Written > 0 && Attempt < 8) {
      Max = std::min<unsigned>(
          Written - 1,
          static_cast<unsigned>(Written * 0.9 *
                                Options.Limits.MaxGzippedBytes / Size));
      continue;
    }
    if (Capped) {
      std::vector<Notification> Notes = Builder.cappingNotifications();
      Capped->insert(Capped->end(), Notes.begin(), Notes.end());
    }
    return Log;
  }
}

} // namespace metrics_init_check
