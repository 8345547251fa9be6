//===--- AuditReport.cpp - The metrics audit: program verdicts as a report -===//

#include "AuditReport.h"
#include "AuditHtml.h"
#include "OutputFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <map>

namespace metrics_init_check {

namespace {

constexpr Exposure AllExposures[NumExposures] = {
    Exposure::Always,    Exposure::SomeEnvironments,
    Exposure::SomeBuildConfigurations, Exposure::SomePaths,
    Exposure::Never,     Exposure::NoMetrics};

bool exposesNone(Exposure E) {
  return E == Exposure::Never || E == Exposure::NoMetrics;
}

std::string place(llvm::StringRef Root, llvm::StringRef File, unsigned Line) {
  std::string Out = relativePath(Root, File);
  if (Line)
    Out += ":" + std::to_string(Line);
  return Out;
}

/// The repository a program belongs to: the innermost one the front end
/// named; else the nearest directory above its entry holding a .git (a
/// repository or a submodule's checkout), else \p Root, named relative to
/// \p Root.
std::string repositoryOf(const Report &R, llvm::StringRef Root,
                         llvm::StringRef File) {
  if (!R.RepositoryNames.empty()) {
    const std::pair<const std::string, std::string> *Best = nullptr;
    for (const auto &Entry : R.RepositoryNames)
      if (llvm::StringRef(File).starts_with(Entry.first + "/") &&
          (!Best || Entry.first.size() > Best->first.size()))
        Best = &Entry;
    if (Best)
      return Best->second;
  }
  llvm::StringRef Dir = llvm::sys::path::parent_path(File);
  while (!Dir.empty() && Dir.size() >= Root.size()) {
    llvm::SmallString<256> Git(Dir);
    llvm::sys::path::append(Git, ".git");
    if (llvm::sys::fs::exists(Git))
      break;
    if (Dir == Root)
      break;
    Dir = llvm::sys::path::parent_path(Dir);
  }
  if (Dir.empty() || Dir.size() < Root.size() || Dir == Root)
    return ".";
  return relativePath(Root, Dir);
}

/// A table cell: no line breaks, no column separators.
std::string cell(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '|')
      Out += "\\|";
    else if (C == '\n' || C == '\r')
      Out += ' ';
    else
      Out += C;
  }
  return Out;
}

std::string share(unsigned Part, unsigned Whole) {
  if (!Whole)
    return "0 of 0";
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << Part << " of " << Whole << " ("
     << llvm::format("%.0f", 100.0 * Part / Whole) << "%)";
  return Out;
}

} // namespace

nlohmann::json verdictCounts(const Report &R) {
  nlohmann::json Verdicts = nlohmann::json::object();
  for (Exposure E : AllExposures)
    Verdicts[exposureName(E).str()] = 0;
  unsigned Serving = 0;
  for (const ProgramVerdict &P : R.Programs) {
    Verdicts[exposureName(P.Exposes).str()] =
        Verdicts[exposureName(P.Exposes).str()].get<unsigned>() + 1;
    Serving += P.Serves;
  }
  return {{"programs", R.Programs.size()},
          {"serving", Serving},
          {"verdicts", Verdicts}};
}

nlohmann::json programsJson(const Report &R, llvm::StringRef Root) {
  nlohmann::json Out = nlohmann::json::array();
  for (const ProgramVerdict &P : R.Programs) {
    nlohmann::json Findings = nlohmann::json::array();
    for (const VerdictEvidence &F : P.Evidence)
      Findings.push_back(
          {{"ruleId", F.RuleId}, {"location", place(Root, F.File, F.Line)}});
    nlohmann::json J = {{"entry", place(Root, P.EntryFile, P.EntryLine)},
                        {"function", P.EntryName},
                        {"repository", repositoryOf(R, Root, P.EntryFile)},
                        {"serves", P.Serves},
                        {"exposes", exposureName(P.Exposes).str()},
                        {"findings", Findings}};
    if (!P.Why.empty())
      J["why"] = P.Why;
    Out.push_back(std::move(J));
  }
  return Out;
}

nlohmann::json inventoryCounts(const Report &R) {
  nlohmann::json ByLibrary = nlohmann::json::object(),
                 ByKind = nlohmann::json::object();
  unsigned RunTime = 0;
  for (const MetricRecord &M : R.Inventory) {
    ByLibrary[M.Library] = ByLibrary.value(M.Library, 0u) + 1;
    std::string Kind = M.Kind.empty() ? "unknown" : M.Kind;
    ByKind[Kind] = ByKind.value(Kind, 0u) + 1;
    RunTime += !M.ConstantName;
  }
  return {{"metrics", R.Inventory.size()},
          {"runtimeNames", RunTime},
          {"byLibrary", ByLibrary},
          {"byKind", ByKind}};
}

/// The programs that expose \p M: those comprising a TU that defines it,
/// whose verdict is not `never` or `no-metrics`; as their entries.
std::vector<std::string> exposedBy(const Report &R, llvm::StringRef Root,
                                   const MetricRecord &M) {
  std::vector<std::string> Out;
  for (const ProgramVerdict &P : R.Programs) {
    if (exposesNone(P.Exposes))
      continue;
    bool Has = llvm::any_of(M.DefinedIn, [&](const std::string &TU) {
      return std::binary_search(P.Files.begin(), P.Files.end(), TU);
    });
    if (Has)
      Out.push_back(place(Root, P.EntryFile, P.EntryLine));
  }
  return Out;
}

/// Every label of \p M as written: constant, declared and per sample.
nlohmann::json labelsJson(llvm::StringRef Root, const MetricRecord &M) {
  nlohmann::json Out = nlohmann::json::array();
  for (const MetricLabel &L : M.Labels) {
    nlohmann::json J = {{"name", L.Name},
                        {"nameIsConstant", L.ConstantName},
                        {"origin", L.Origin},
                        {"location",
                         place(Root, L.File.empty() ? M.File : L.File, L.Line)}};
    if (!L.Value.empty() || L.Origin != "declared") {
      J["value"] = L.Value;
      J["valueIsConstant"] = L.ConstantValue;
    }
    if (!L.Unbounded.empty())
      J["unbounded"] = L.Unbounded;
    Out.push_back(std::move(J));
  }
  return Out;
}

nlohmann::json inventoryJson(const Report &R, llvm::StringRef Root) {
  nlohmann::json Out = nlohmann::json::array();
  for (const MetricRecord &M : R.Inventory) {
    nlohmann::json Labels = nlohmann::json::object();
    for (const auto &[Name, Value] : M.ConstLabels)
      Labels[Name] = Value;
    nlohmann::json Row = {{"name", M.Name},
                          {"nameIsConstant", M.ConstantName},
                          {"kind", M.Kind},
                          {"help", M.Help},
                          {"unit", M.Unit},
                          {"constLabels", Labels},
                          {"landsIn", M.LandsIn},
                          {"library", M.Library},
                          {"location", place(Root, M.File, M.Line)},
                          {"exposedName", M.ExposedName},
                          {"type", M.Type},
                          {"labels", labelsJson(Root, M)},
                          {"exposedBy", exposedBy(R, Root, M)}};
    // Only a definition that exposes several series says which it is.
    if (!M.Series.empty())
      Row["series"] = M.Series;
    Out.push_back(std::move(Row));
  }
  return Out;
}

std::string inventoryCsv(const Report &R, llvm::StringRef Root) {
  auto Field = [](llvm::StringRef Text) {
    // Quoted when it holds a separator, a quote or a line break; a
    // leading =, +, - or @ is quoted too, so a spreadsheet shows a name
    // built at run time rather than evaluating it.
    bool Quote = Text.find_first_of(",\"\n\r") != llvm::StringRef::npos ||
                 (!Text.empty() && llvm::StringRef("=+-@").contains(Text[0]));
    if (!Quote)
      return Text.str();
    std::string Out = "\"";
    if (!Text.empty() && llvm::StringRef("=+-@").contains(Text[0]))
      Out += '\'';
    for (char C : Text) {
      if (C == '"')
        Out += '"';
      Out += (C == '\n' || C == '\r') ? ' ' : C;
    }
    return Out + "\"";
  };
  // New columns go at the end: scripts read the first ones by position.
  std::string Out = "name,name_is_constant,kind,help,unit,const_labels,"
                    "lands_in,library,file,line,exposed_name,type,"
                    "label_names,unbounded_labels,exposed_by,series\n";
  for (const MetricRecord &M : R.Inventory) {
    std::string Labels;
    for (const auto &[Name, Value] : M.ConstLabels)
      Labels += (Labels.empty() ? "" : ";") + Name + "=" + Value;
    std::string Names = llvm::join(M.labelNames(), ";");
    std::string Unbounded;
    for (const MetricLabel &L : M.Labels)
      if (!L.Unbounded.empty())
        Unbounded += (Unbounded.empty() ? "" : ";") + L.Name + "=" + L.Value;
    Out += Field(M.Name) + "," + (M.ConstantName ? "yes" : "no") + "," +
           Field(M.Kind) + "," + Field(M.Help) + "," + Field(M.Unit) + "," +
           Field(Labels) + "," + Field(M.LandsIn) + "," + Field(M.Library) +
           "," + Field(relativePath(Root, M.File)) + "," +
           std::to_string(M.Line) + "," + Field(M.ExposedName) + "," +
           Field(M.Type) + "," + Field(Names) + "," + Field(Unbounded) + "," +
           Field(llvm::join(exposedBy(R, Root, M), ";")) + "," + Field(M.Series) +
           "\n";
  }
  return Out;
}

std::string auditSummary(const Report &R, llvm::StringRef Root) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  unsigned Serving = 0, ServingNone = 0, None = 0;
  std::map<Exposure, unsigned> Per;
  for (const ProgramVerdict &P : R.Programs) {
    ++Per[P.Exposes];
    None += exposesNone(P.Exposes);
    if (P.Serves) {
      ++Serving;
      ServingNone += exposesNone(P.Exposes);
    }
  }
  OS << "# Metrics audit\n\n";
  OS << "| | |\n|---|---|\n";
  OS << "| programs | " << R.Programs.size() << " |\n";
  OS << "| serving programs | " << Serving << " |\n";
  OS << "| serving programs that expose no metrics | "
     << share(ServingNone, Serving) << " |\n";
  OS << "| programs that expose no metrics | "
     << share(None, R.Programs.size()) << " |\n";
  unsigned RunTime = llvm::count_if(
      R.Inventory, [](const MetricRecord &M) { return !M.ConstantName; });
  OS << "| metrics defined | " << R.Inventory.size() << " (" << RunTime
     << " with a name built at run time) |\n\n";
  OS << "| exposes metrics | programs |\n|---|---|\n";
  for (Exposure E : AllExposures)
    OS << "| " << exposureName(E) << " | " << Per[E] << " |\n";

  // One table per repository, in name order; programs in entry order.
  std::map<std::string, std::vector<const ProgramVerdict *>> ByRepo;
  for (const ProgramVerdict &P : R.Programs)
    ByRepo[repositoryOf(R, Root, P.EntryFile)].push_back(&P);
  for (auto &[Repo, Programs] : ByRepo) {
    llvm::sort(Programs, [](const ProgramVerdict *A, const ProgramVerdict *B) {
      return std::tie(A->EntryFile, A->EntryLine) <
             std::tie(B->EntryFile, B->EntryLine);
    });
    OS << "\n## " << cell(Repo) << "\n\n";
    OS << "| program | serves | exposes metrics | why | findings |\n"
       << "|---|---|---|---|---|\n";
    for (const ProgramVerdict *P : Programs) {
      OS << "| `" << cell(place(Root, P->EntryFile, P->EntryLine)) << "`";
      if (P->EntryName != "main")
        OS << " `" << cell(P->EntryName) << "`";
      OS << " | " << (P->Serves ? "yes" : "no") << " | " << exposureName(P->Exposes)
         << " | " << cell(P->Why) << " |";
      bool First = true;
      for (const VerdictEvidence &F : P->Evidence) {
        OS << (First ? " " : "<br>") << F.RuleId << " `"
           << cell(place(Root, F.File, F.Line)) << "`";
        First = false;
      }
      OS << " |\n";
    }
  }
  return Out;
}

llvm::Error writeAuditReport(const Report &R, llvm::StringRef Root,
                             llvm::StringRef Dir) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create report directory '" +
                                           Dir + "': " + EC.message());
  auto In = [&](llvm::StringRef Name) {
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, Name);
    return std::string(Path);
  };
  if (llvm::Error E =
          writeFileAtomically(In("summary.md"), auditSummary(R, Root)))
    return E;
  if (llvm::Error E =
          writeFileAtomically(In("inventory.csv"), inventoryCsv(R, Root)))
    return E;
  nlohmann::json Inventory = {{"counts", inventoryCounts(R)},
                              {"metrics", inventoryJson(R, Root)}};
  if (llvm::Error E = writeFileAtomically(In("inventory.json"),
                                          Inventory.dump(2) + "\n"))
    return E;
  nlohmann::json Programs = {{"counts", verdictCounts(R)},
                             {"programs", programsJson(R, Root)}};
  if (llvm::Error E =
          writeFileAtomically(In("programs.json"), Programs.dump(2) + "\n"))
    return E;
  return writeFileAtomically(In("index.html"), auditHtml(R, Root));
}

} // namespace metrics_init_check
