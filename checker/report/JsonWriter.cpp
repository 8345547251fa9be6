//===--- JsonWriter.cpp - A compact JSON report -----------------------------===//

#include "Fingerprint.h"
#include "JsonSafety.h"
#include "Writers.h"

namespace metrics_init_check {

using nlohmann::json;

static json location(const ResolvedLocation &L) {
  return {{"file", L.File},         {"line", L.Line},
          {"column", L.Column},     {"endLine", L.EndLine},
          {"endColumn", L.EndColumn}};
}

static json notes(const std::vector<ResolvedNote> &Notes) {
  json Out = json::array();
  for (const ResolvedNote &N : Notes)
    if (N.Where.valid())
      Out.push_back({{"location", location(N.Where)}, {"message", N.Message}});
  return Out;
}

json toJson(const Report &R, const ToolInfo &Tool) {
  json Out;
  Out["tool"] = {{"name", Tool.Name}, {"version", Tool.Version}};
  json Findings = json::array();
  for (const ResolvedFinding &F : R.Findings) {
    json Entry;
    Entry["rule"] = F.RuleId;
    Entry["level"] = levelName(F.Severity);
    Entry["message"] = F.Message;
    Entry["location"] = location(F.Where);
    Entry["related"] = notes(F.Related);
    Entry["path"] = notes(F.Flow);
    Entry["fingerprint"] = identityOf(F).Full;
    if (!F.LineHash.empty())
      Entry["lineHash"] = F.LineHash;
    if (!F.Function.empty())
      Entry["function"] = F.Function;
    if (F.Baseline != BaselineState::None)
      Entry["baselineState"] = baselineStateName(F.Baseline);
    if (F.Suppression)
      Entry["suppressed"] = *F.Suppression;
    else if (F.External)
      Entry["suppressed"] = F.External->Justification;
    json Fixes = json::array();
    for (const ResolvedReplacement &Fix : F.Fixes)
      Fixes.push_back({{"file", Fix.Where.File},
                       {"offset", Fix.Where.Offset},
                       {"length", Fix.Where.Length},
                       {"text", Fix.Text}});
    if (!Fixes.empty())
      Entry["fix"] = {{"description", F.FixDescription},
                      {"replacements", Fixes}};
    Findings.push_back(Entry);
  }
  Out["findings"] = Findings;
  json NotAnalysed = json::array();
  for (const std::string &File : R.FailedFiles)
    NotAnalysed.push_back(File);
  Out["analysed"] = R.AnalysedFiles;
  Out["notAnalysed"] = NotAnalysed;
  // Only when the prefilter left a TU out: reports of runs that parsed
  // every TU read as before.
  if (!R.Prefiltered.empty())
    Out["prefiltered"] = R.Prefiltered;
  json Notes = json::array();
  for (const Notification &N : R.Notifications)
    Notes.push_back({{"level", levelName(N.Severity)},
                     {"message", N.Message},
                     {"file", N.File}});
  Out["notifications"] = Notes;
  json Tests = json::array();
  for (const auto &[File, Why] : R.TestPrograms)
    Tests.push_back({{"file", File}, {"reason", Why}});
  Out["testPrograms"] = Tests;
  unsigned NotOwned = 0;
  for (const auto &Entry : R.NotOwnedFindings)
    NotOwned += Entry.second;
  Out["findingsOutsideOwnCode"] = NotOwned;
  // File names need not be UTF-8 (messages are made valid in
  // Report::normalise).
  makeValidUtf8(Out);
  return Out;
}

} // namespace metrics_init_check
