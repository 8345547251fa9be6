//===--- AuditHtml.cpp - The metrics audit as one self-contained page -----===//

#include "AuditHtml.h"
#include "AuditReport.h"
#include "SourceExcerpt.h"

#include "llvm/Support/Base64.h"
#include "llvm/Support/SHA256.h"

#include <array>
#include <map>
#include <tuple>

namespace metrics_init_check {

namespace {

// AuditPageTemplate, AuditPageStyle, AuditPageScript: html/ as text
// (html/embed.cmake).
#include "AuditHtmlAssets.inc"

/// Lines shown above and below a finding's line.
constexpr unsigned ExcerptContext = 3;

using nlohmann::json;

json fileRef(llvm::StringRef Root, llvm::StringRef File, unsigned Line) {
  return {{"path", relativePath(Root, File)}, {"abs", File}, {"line", Line}};
}

json stepsOf(llvm::StringRef Root, const ResolvedFinding &F,
             SourceLines &Source) {
  json Steps = json::array();
  auto Add = [&](const ResolvedNote &N, const char *Kind) {
    json Step = fileRef(Root, N.Where.File, N.Where.Line);
    Step["kind"] = Kind;
    Step["message"] = N.Message;
    Step["nesting"] = N.Nesting;
    if (std::optional<Excerpt> Code = Source.around(N.Where.File,
                                                    N.Where.Line, 0))
      Step["code"] = Code->Lines.front();
    Steps.push_back(std::move(Step));
  };
  // The path first, in its order: it is the story of the finding; related
  // places (where the set-up is, what decides) after it.
  for (const ResolvedNote &N : F.Flow)
    if (N.Where.valid())
      Add(N, "path");
  for (const ResolvedNote &N : F.Related)
    if (N.Where.valid())
      Add(N, "related");
  return Steps;
}

json findingJson(llvm::StringRef Root, const ResolvedFinding &F, size_t Id,
                 SourceLines &Source) {
  json J = fileRef(Root, F.Where.File, F.Where.Line);
  J["id"] = Id;
  J["ruleId"] = F.RuleId;
  J["level"] = levelName(F.Severity).str();
  J["message"] = F.Message;
  J["column"] = F.Where.Column;
  if (!F.Function.empty())
    J["function"] = F.Function;
  if (std::optional<Excerpt> Code =
          Source.around(F.Where.File, F.Where.Line, ExcerptContext))
    J["excerpt"] = {{"first", Code->FirstLine}, {"lines", Code->Lines}};
  else
    J["excerptMissing"] = Source.whyNot(F.Where.File, F.Where.Line);
  J["steps"] = stepsOf(Root, F, Source);
  J["programs"] = json::array();
  return J;
}

/// \p Template with each "@NAME@" of \p Parts replaced, in one pass over
/// the template, so nothing inserted is searched for placeholders again.
std::string fill(llvm::StringRef Template,
                 const std::map<std::string, std::string> &Parts) {
  std::string Out;
  while (!Template.empty()) {
    size_t At = Template.find('@');
    if (At == llvm::StringRef::npos) {
      Out += Template;
      break;
    }
    Out += Template.take_front(At);
    Template = Template.drop_front(At);
    size_t End = Template.find('@', 1);
    auto Part = End == llvm::StringRef::npos
                    ? Parts.end()
                    : Parts.find(Template.slice(1, End).str());
    if (Part == Parts.end()) {
      Out += '@';
      Template = Template.drop_front();
      continue;
    }
    Out += Part->second;
    Template = Template.drop_front(End + 1);
  }
  return Out;
}

} // namespace

json auditPageData(const Report &R, llvm::StringRef Root) {
  SourceLines Source;
  json Findings = json::array();
  std::map<std::tuple<std::string, std::string, unsigned>, size_t> FindingAt;
  for (const ResolvedFinding &F : R.Findings) {
    if (F.suppressed())
      continue;
    FindingAt.try_emplace({F.RuleId, F.Where.File, F.Where.Line},
                          Findings.size());
    Findings.push_back(findingJson(Root, F, Findings.size(), Source));
  }

  // programsJson() and inventoryJson() are what the other files say; the
  // page adds the absolute paths its links need and the findings' ids.
  json Programs = programsJson(R, Root);
  for (size_t I = 0; I < R.Programs.size(); ++I) {
    const ProgramVerdict &P = R.Programs[I];
    json &J = Programs[I];
    J["abs"] = P.EntryFile;
    J["line"] = P.EntryLine;
    J["path"] = relativePath(Root, P.EntryFile);
    json Ids = json::array();
    for (const VerdictEvidence &E : P.Evidence) {
      auto It = FindingAt.find({E.RuleId, E.File, E.Line});
      if (It == FindingAt.end())
        continue;
      Ids.push_back(It->second);
      Findings[It->second]["programs"].push_back(J["entry"]);
    }
    J["findingIds"] = Ids;
  }
  json Metrics = inventoryJson(R, Root);
  for (size_t I = 0; I < R.Inventory.size(); ++I) {
    Metrics[I]["abs"] = R.Inventory[I].File;
    Metrics[I]["line"] = R.Inventory[I].Line;
    Metrics[I]["path"] = relativePath(Root, R.Inventory[I].File);
  }
  json Verdicts = json::array();
  for (unsigned E = 0; E < NumExposures; ++E)
    Verdicts.push_back(exposureName(static_cast<Exposure>(E)).str());
  return {{"root", Root},
          {"hasVerdicts", R.HasVerdicts},
          {"verdictOrder", Verdicts},
          {"counts", verdictCounts(R)},
          {"inventoryCounts", inventoryCounts(R)},
          {"programs", Programs},
          {"findings", Findings},
          {"metrics", Metrics},
          {"analysedFiles", R.AnalysedFiles.size()},
          {"failedFiles", R.FailedFiles.size()}};
}

std::string escapeForScriptBlock(const json &Data) {
  // Outside strings JSON has no '<', '>' or '&'; inside them the \u forms
  // mean the same to JSON.parse and are inert to the HTML parser.
  std::string Text =
      Data.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    if (C == '<')
      Out += "\\u003c";
    else if (C == '>')
      Out += "\\u003e";
    else if (C == '&')
      Out += "\\u0026";
    else
      Out += C;
  }
  return Out;
}

std::string auditHtml(const Report &R, llvm::StringRef Root) {
  std::array<uint8_t, 32> Hash = llvm::SHA256::hash(llvm::ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(AuditPageScript),
      sizeof(AuditPageScript) - 1));
  return fill(AuditPageTemplate,
              {{"STYLE", AuditPageStyle},
               {"SCRIPT", AuditPageScript},
               {"SCRIPT_HASH", "sha256-" + llvm::encodeBase64(Hash)},
               {"DATA", escapeForScriptBlock(auditPageData(R, Root))}});
}

} // namespace metrics_init_check
