//===--- ReportJson.cpp - A Report, whole, as JSON and back ---------------===//

#include "ReportJson.h"

#include "llvm/Support/MemoryBuffer.h"

#include <stdexcept>

namespace metrics_init_check {
namespace scan {

using nlohmann::json;

namespace {

json location(const ResolvedLocation &L) {
  return {{"file", L.File},
          {"line", L.Line},
          {"column", L.Column},
          {"endLine", L.EndLine},
          {"endColumn", L.EndColumn},
          {"cpColumn", L.CodePointColumn},
          {"cpEndColumn", L.EndCodePointColumn},
          {"offset", L.Offset},
          {"length", L.Length},
          {"lineText", L.LineText}};
}

ResolvedLocation locationFrom(const json &J) {
  ResolvedLocation L;
  L.File = J.at("file").get<std::string>();
  L.Line = J.at("line").get<unsigned>();
  L.Column = J.at("column").get<unsigned>();
  L.EndLine = J.at("endLine").get<unsigned>();
  L.EndColumn = J.at("endColumn").get<unsigned>();
  L.CodePointColumn = J.at("cpColumn").get<unsigned>();
  L.EndCodePointColumn = J.at("cpEndColumn").get<unsigned>();
  L.Offset = J.at("offset").get<unsigned>();
  L.Length = J.at("length").get<unsigned>();
  L.LineText = J.at("lineText").get<std::string>();
  return L;
}

json notes(const std::vector<ResolvedNote> &Notes) {
  json Out = json::array();
  for (const ResolvedNote &N : Notes)
    Out.push_back({{"where", location(N.Where)},
                   {"message", N.Message},
                   {"nesting", N.Nesting}});
  return Out;
}

std::vector<ResolvedNote> notesFrom(const json &J) {
  std::vector<ResolvedNote> Out;
  for (const json &N : J)
    Out.push_back({locationFrom(N.at("where")),
                   N.at("message").get<std::string>(),
                   N.at("nesting").get<unsigned>()});
  return Out;
}

Level levelFrom(const json &J) {
  std::optional<Level> L = parseLevel(J.get<std::string>());
  if (!L)
    throw std::runtime_error("bad level");
  return *L;
}

Exposure exposureFrom(const json &J) {
  std::string Name = J.get<std::string>();
  for (unsigned I = 0; I < NumExposures; ++I)
    if (exposureName(Exposure(I)) == Name)
      return Exposure(I);
  throw std::runtime_error("bad verdict '" + Name + "'");
}

json programs(const std::vector<ProgramVerdict> &Programs) {
  json Out = json::array();
  for (const ProgramVerdict &P : Programs) {
    json Evidence = json::array();
    for (const VerdictEvidence &E : P.Evidence)
      Evidence.push_back({{"rule", E.RuleId},
                          {"file", E.File},
                          {"line", E.Line},
                          {"mainFile", E.MainFile},
                          {"message", E.Message}});
    Out.push_back({{"entryFile", P.EntryFile},
                   {"entryLine", P.EntryLine},
                   {"entryName", P.EntryName},
                   {"files", P.Files},
                   {"serves", P.Serves},
                   {"exposes", exposureName(P.Exposes).str()},
                   {"why", P.Why},
                   {"evidence", Evidence}});
  }
  return Out;
}

std::vector<ProgramVerdict> programsFrom(const json &J) {
  std::vector<ProgramVerdict> Out;
  for (const json &E : J) {
    ProgramVerdict P;
    P.EntryFile = E.at("entryFile").get<std::string>();
    P.EntryLine = E.at("entryLine").get<unsigned>();
    P.EntryName = E.at("entryName").get<std::string>();
    P.Files = E.at("files").get<std::vector<std::string>>();
    P.Serves = E.at("serves").get<bool>();
    P.Exposes = exposureFrom(E.at("exposes"));
    P.Why = E.at("why").get<std::string>();
    for (const json &V : E.at("evidence"))
      P.Evidence.push_back({V.at("rule").get<std::string>(),
                            V.at("file").get<std::string>(),
                            V.at("line").get<unsigned>(),
                            V.at("mainFile").get<std::string>(),
                            V.at("message").get<std::string>()});
    Out.push_back(std::move(P));
  }
  return Out;
}

/// The index's form of a record (MetricsInventory.h), with the TUs that
/// define it, which the index does not keep.
json inventory(const std::vector<MetricRecord> &Metrics) {
  json Out = json::array();
  for (const MetricRecord &M : Metrics) {
    json J = M;
    J["definedIn"] = M.DefinedIn;
    Out.push_back(std::move(J));
  }
  return Out;
}

std::vector<MetricRecord> inventoryFrom(const json &J) {
  std::vector<MetricRecord> Out;
  for (const json &E : J) {
    MetricRecord M = E.get<MetricRecord>();
    M.DefinedIn = E.at("definedIn").get<std::vector<std::string>>();
    Out.push_back(std::move(M));
  }
  return Out;
}

} // namespace

json reportToJson(const Report &R) {
  json Out;
  json Findings = json::array();
  for (const ResolvedFinding &F : R.Findings) {
    json E;
    E["rule"] = F.RuleId;
    E["level"] = levelName(F.Severity);
    E["message"] = F.Message;
    E["where"] = location(F.Where);
    E["related"] = notes(F.Related);
    E["flow"] = notes(F.Flow);
    json Fixes = json::array();
    for (const ResolvedReplacement &Fix : F.Fixes)
      Fixes.push_back({{"where", location(Fix.Where)},
                       {"text", Fix.Text},
                       {"hash", Fix.ContentHash}});
    E["fixes"] = Fixes;
    E["fixDescription"] = F.FixDescription;
    E["mainFile"] = F.MainFile;
    if (F.Suppression)
      E["suppression"] = *F.Suppression;
    if (F.External)
      E["external"] = {{"justification", F.External->Justification},
                       {"file", F.External->File},
                       {"line", F.External->Line}};
    E["function"] = F.Function;
    Findings.push_back(E);
  }
  Out["findings"] = Findings;
  json Notes = json::array();
  for (const Notification &N : R.Notifications)
    Notes.push_back({{"level", levelName(N.Severity)},
                     {"message", N.Message},
                     {"file", N.File}});
  Out["notifications"] = Notes;
  Out["analysed"] = R.AnalysedFiles;
  Out["failed"] = R.FailedFiles;
  Out["testPrograms"] = R.TestPrograms;
  Out["notOwned"] = R.NotOwnedFindings;
  Out["recoveredErrors"] = R.RecoveredErrors;
  // Only a scan's assembled repository has verdicts (the audit data of its
  // output, ScanOutput.h); a worker's report of one TU has none.
  if (R.HasVerdicts) {
    Out["programs"] = programs(R.Programs);
    Out["inventory"] = inventory(R.Inventory);
  }
  return Out;
}

llvm::Expected<Report> reportFromJson(const json &J) {
  try {
    Report R;
    for (const json &E : J.at("findings")) {
      ResolvedFinding F;
      F.RuleId = E.at("rule").get<std::string>();
      F.Severity = levelFrom(E.at("level"));
      F.Message = E.at("message").get<std::string>();
      F.Where = locationFrom(E.at("where"));
      F.Related = notesFrom(E.at("related"));
      F.Flow = notesFrom(E.at("flow"));
      for (const json &Fix : E.at("fixes"))
        F.Fixes.push_back({locationFrom(Fix.at("where")),
                           Fix.at("text").get<std::string>(),
                           Fix.at("hash").get<std::string>()});
      F.FixDescription = E.at("fixDescription").get<std::string>();
      F.MainFile = E.at("mainFile").get<std::string>();
      if (E.contains("suppression"))
        F.Suppression = E.at("suppression").get<std::string>();
      if (E.contains("external")) {
        const json &X = E.at("external");
        F.External = ExternalSuppression{
            X.at("justification").get<std::string>(),
            X.at("file").get<std::string>(), X.at("line").get<unsigned>()};
      }
      F.Function = E.at("function").get<std::string>();
      R.Findings.push_back(std::move(F));
    }
    for (const json &N : J.at("notifications"))
      R.Notifications.push_back({levelFrom(N.at("level")),
                                 N.at("message").get<std::string>(),
                                 N.at("file").get<std::string>()});
    R.AnalysedFiles = J.at("analysed").get<std::vector<std::string>>();
    R.FailedFiles = J.at("failed").get<std::vector<std::string>>();
    R.TestPrograms =
        J.at("testPrograms").get<std::map<std::string, std::string>>();
    R.NotOwnedFindings =
        J.at("notOwned").get<std::map<std::string, unsigned>>();
    R.RecoveredErrors =
        J.at("recoveredErrors").get<std::map<std::string, unsigned>>();
    if (J.contains("programs")) {
      R.Programs = programsFrom(J.at("programs"));
      R.Inventory = inventoryFrom(J.at("inventory"));
      R.HasVerdicts = true;
    }
    return R;
  } catch (const std::exception &E) {
    return llvm::createStringError(std::errc::invalid_argument,
                                   "malformed worker result: %s", E.what());
  }
}

llvm::Expected<Report> readReportFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read '%s'",
                                   Path.str().c_str());
  json J = json::parse((*Buffer)->getBuffer().begin(),
                       (*Buffer)->getBuffer().end(), nullptr,
                       /*allow_exceptions=*/false);
  if (J.is_discarded())
    return llvm::createStringError(std::errc::invalid_argument,
                                   "'%s' is not JSON", Path.str().c_str());
  return reportFromJson(J);
}

void appendReport(Report &Into, Report &&From) {
  for (ResolvedFinding &F : From.Findings)
    Into.Findings.push_back(std::move(F));
  for (Notification &N : From.Notifications)
    Into.Notifications.push_back(std::move(N));
  Into.AnalysedFiles.insert(Into.AnalysedFiles.end(),
                            From.AnalysedFiles.begin(),
                            From.AnalysedFiles.end());
  Into.FailedFiles.insert(Into.FailedFiles.end(), From.FailedFiles.begin(),
                          From.FailedFiles.end());
  Into.TestPrograms.insert(From.TestPrograms.begin(), From.TestPrograms.end());
  for (const auto &[File, N] : From.NotOwnedFindings)
    Into.NotOwnedFindings[File] = N;
  for (const auto &[File, N] : From.RecoveredErrors)
    Into.RecoveredErrors[File] = N;
}

} // namespace scan
} // namespace metrics_init_check
