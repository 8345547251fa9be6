//===--- SarifWriter.cpp - SARIF 2.1.0 -------------------------------------===//
//
// Validated in the tests by the SARIF multitool with its own rules and with
// GitHub code scanning's (scripts/validate-sarif).
//
//===----------------------------------------------------------------------===//

#include "Writers.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Support/Path.h"

#include <map>
#include <set>

namespace metrics_init_check {

using nlohmann::json;

namespace {

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
  SarifBuilder(const Report &R, const RuleRegistry &Rules)
      : R(R), Rules(Rules) {
    // Artifacts first, sorted, so indices do not depend on finding order.
    std::set<std::string> Files;
    auto Add = [&](const ResolvedLocation &L) {
      if (L.valid())
        Files.insert(L.File);
    };
    for (const ResolvedFinding &F : R.Findings) {
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
      Art["sourceLanguage"] = Ext == ".c" ? "c" : "cplusplus";
      Art["roles"] = Targets.count(F) ? json::array({"analysisTarget"})
                                      : json::array({"resultFile"});
      Arts.push_back(Art);
    }
    Run["artifacts"] = Arts;
    Run["invocations"] = json::array({invocation()});
    json Results = json::array();
    llvm::StringMap<unsigned> Occurrences;
    for (const ResolvedFinding &F : R.Findings)
      Results.push_back(result(F, Occurrences));
    Run["results"] = Results;
    Run["columnKind"] = "unicodeCodePoints";
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

  json result(const ResolvedFinding &F, llvm::StringMap<unsigned> &Seen) {
    json Result;
    Result["ruleId"] = F.RuleId;
    int Index = Rules.indexOf(F.RuleId);
    if (Index >= 0)
      Result["ruleIndex"] = Index;
    Result["level"] = levelName(F.Severity);
    Result["message"]["text"] = F.Message;
    Result["locations"] = json::array({location(F.Where)});
    if (F.Suppression)
      Result["suppressions"] = json::array(
          {{{"kind", "inSource"},
            {"justification", *F.Suppression},
            {"location", location(F.Where)}}});
    json Related = json::array();
    unsigned Id = 1;
    for (const ResolvedNote &N : F.Related)
      if (N.Where.valid()) {
        json Loc = location(N.Where, N.Message);
        Loc["id"] = Id++;
        Related.push_back(Loc);
      }
    if (!Related.empty())
      Result["relatedLocations"] = Related;
    std::string Hash = lineHashFingerprint(F);
    unsigned Occurrence = ++Seen[F.Where.File + "|" + Hash];
    Result["partialFingerprints"]["primaryLocationLineHash"] =
        Hash + ":" + std::to_string(Occurrence);
    if (!F.Flow.empty()) {
      json Steps = json::array();
      for (const ResolvedNote &N : F.Flow)
        if (N.Where.valid())
          Steps.push_back({{"location", location(N.Where, N.Message)}});
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
        Replacement["insertedContent"]["text"] = Fix.Text;
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
    for (const Notification &N : R.Notifications) {
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
    return Inv;
  }

  const Report &R;
  const RuleRegistry &Rules;
  std::vector<std::string> Artifacts;
  std::set<std::string> Targets;
  std::map<std::string, unsigned> ArtifactIndex;
};

} // namespace

std::string lineHashFingerprint(const ResolvedFinding &F) {
  std::string Normalised = F.RuleId + "\n";
  for (char C : F.Where.LineText)
    if (!llvm::isSpace(C))
      Normalised += C;
  return llvm::utohexstr(llvm::xxh3_64bits(Normalised), /*LowerCase=*/true,
                         /*Width=*/16);
}

json toSarif(const Report &R, const RuleRegistry &Rules, const ToolInfo &Tool) {
  return SarifBuilder(R, Rules).build(Tool);
}

} // namespace metrics_init_check
