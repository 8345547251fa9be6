//===--- ProgramIndex.cpp - Per-TU facts and the whole-program pass --------===//

#include "ProgramIndex.h"
#include "JsonSafety.h"
#include "ProgramRequirements.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace metrics_init_check {

namespace {
/// Bumped whenever the stored format or the meaning of a graph changes, so
/// an old index is analysed again rather than misread.
// 7: metrics carry labels, exposed name, type; entries; set-up callees;
// findings. 8: a metric's series. 9: holders of metrics, samples made on
// them in other files. 10: requirements met in some environments.
constexpr int IndexVersion = 10;

std::string hex(uint64_t V) {
  std::string Out;
  llvm::raw_string_ostream(Out) << llvm::format_hex_no_prefix(V, 16);
  return Out;
}

/// A graph without the AST pointers of the TU that built it, which do not
/// outlive that TU.
FunctionGraph detached(const FunctionGraph &G) {
  FunctionGraph Out = G;
  Out.Decl = nullptr;
  for (GraphNode &N : Out.Nodes) {
    N.Terminator = nullptr;
    for (GraphEvent &E : N.Events)
      E.Site = nullptr;
  }
  return Out;
}
nlohmann::json linkToJson(const LinkFacts &L) {
  nlohmann::json Registrars = nlohmann::json::array();
  for (const Registrar &R : L.Registrars)
    Registrars.push_back({{"name", R.Name}, {"what", R.What},
                          {"file", R.Where.File}, {"line", R.Where.Line},
                          {"column", R.Where.Column}});
  nlohmann::json Out = {{"registrars", Registrars}};
  if (L.Collected) {
    Out["defined"] = L.Defined;
    Out["referenced"] = L.Referenced;
  }
  return Out;
}

/// The symbols are absent when the TU was analysed without the linker rule.
LinkFacts linkFromJson(const nlohmann::json &J) {
  LinkFacts L;
  if (J.is_null())
    return L;
  L.Collected = J.contains("defined");
  if (L.Collected) {
    L.Defined = J.at("defined").get<std::vector<std::string>>();
    L.Referenced = J.at("referenced").get<std::vector<std::string>>();
  }
  for (const nlohmann::json &R : J.at("registrars"))
    L.Registrars.push_back({R.at("name").get<std::string>(),
                            R.at("what").get<std::string>(),
                            {R.at("file").get<std::string>(),
                             jsonUnsigned<unsigned>(R.at("line")),
                             jsonUnsigned<unsigned>(R.at("column"))}});
  return L;
}

nlohmann::json entriesJson(const std::vector<EntryFunction> &Entries) {
  nlohmann::json Out = nlohmann::json::array();
  for (const EntryFunction &E : Entries)
    Out.push_back({{"usr", E.Usr}, {"name", E.Name}, {"line", E.Line}});
  return Out;
}
} // namespace

std::optional<uint64_t> hashFile(llvm::StringRef File) {
  // An index entry names the files to hash: a damaged one must not make
  // the run read /dev/zero or wait on a FIFO.
  if (!llvm::sys::fs::is_regular_file(File))
    return std::nullopt;
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  return llvm::xxh3_64bits(
      llvm::arrayRefFromStringRef<uint8_t>((*Buffer)->getBuffer()));
}

void collectIndex(const TUFacts &Facts, const TUSummaries &S,
                  const TUObjects &Objects, TUIndex &Out) {
  llvm::StringSet<> External;
  for (const auto &G : S.Graphs) {
    bool HasEvents = llvm::any_of(
        G->Nodes, [](const GraphNode &N) { return !N.Events.empty(); });
    // A function with no events is transparent to its callers; leaving it
    // out keeps the index small.
    if (HasEvents)
      Out.Graphs.push_back(detached(*G));
    for (const std::string &Usr : G->Callees)
      if (!S.Summaries.graph(Usr) && External.insert(Usr).second)
        Out.ExternalCalls.push_back(Usr);
  }
  Out.Holders = Objects.Holders;
  Out.ObjectsNeedProgram = Objects.dependsOnProgram();
  const clang::SourceManager &SM = Facts.context().getSourceManager();
  for (const clang::FunctionDecl *FD : Facts.ownFunctions()) {
    if (!Facts.isEntry(FD))
      continue;
    Out.DefinesMain |= FD->isMain();
    Out.Entries.push_back(
        {usrOf(FD), FD->getQualifiedNameAsString(),
         SM.getPresumedLineNumber(SM.getExpansionLoc(FD->getLocation()))});
  }
  Out.Metrics = collectMetrics(Facts, &Out.HeldSamples);
  Out.TestProgram = Facts.ownership().testProgram().has_value();
  RequirementFacts Requirements = scanRequirements(Facts);
  for (const ProgramRequirement *R : Requirements.Met)
    Out.MetRequirements.push_back(R->Id);
  std::sort(Out.MetRequirements.begin(), Out.MetRequirements.end());
  for (const auto &[R, Site] : Requirements.Used)
    Out.UsedRequirements.push_back(R->Id);
  for (const ProgramRequirement *R : Requirements.PartlyMet)
    Out.PartlyMetRequirements.push_back({R->Id, R->MetWhen});
  std::sort(Out.PartlyMetRequirements.begin(),
            Out.PartlyMetRequirements.end());
  if (!Out.RecordInputs)
    return;
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
    // Relative names are relative to the compile command's directory, not
    // to ours: load() hashes them again from wherever the tool runs.
    llvm::SmallString<256> Name(It->first.getName());
    SM.getFileManager().makeAbsolutePath(Name);
    llvm::sys::path::remove_dots(Name, /*remove_dot_dot=*/true);
    if (std::optional<uint64_t> H = hashFile(Name))
      Out.Inputs.push_back({std::string(Name), *H});
  }
  std::sort(Out.Inputs.begin(), Out.Inputs.end());
}

bool needsProgram(const TUIndex &TU, const ProgramSummaries &P) {
  // Absences are concluded only over a complete program. A requirement
  // some TU meets (P's include this TU's own) gives no finding: the TU's
  // first analysis already said all there is.
  bool Unmet = llvm::any_of(TU.UsedRequirements, [&](const std::string &Id) {
    return !P.MetRequirements.count(Id);
  });
  if ((Unmet || TU.ObjectsNeedProgram) && P.Complete)
    return true;
  return llvm::any_of(TU.ExternalCalls, [&](const std::string &Usr) {
    auto It = P.Functions.find(Usr);
    return It != P.Functions.end() && It->second.Summary.matters();
  });
}

uint64_t programDependencies(const TUIndex &TU, const ProgramSummaries &P) {
  std::string Text;
  auto Add = [&](llvm::StringRef Part) {
    Text += Part;
    Text += '\0';
  };
  // A callee whose summary does not matter is transparent, as an unknown
  // one is: a program that does not define it yet reads the same.
  for (const std::string &Usr : TU.ExternalCalls) {
    auto It = P.Functions.find(Usr);
    if (It == P.Functions.end() || !It->second.Summary.matters())
      continue;
    Add(Usr);
    for (Outcomes O : It->second.Summary.Stage)
      Text += static_cast<char>('0' + O);
    Add(It->second.Name);
    Add(It->second.Location);
  }
  // A requirement speaks only when the complete program does not meet it.
  for (const std::string &Id : TU.UsedRequirements)
    if (P.Complete && !P.MetRequirements.count(Id)) {
      Add("unmet:" + Id);
      Add(P.PartlyMetRequirements.lookup(Id));
    }
  // The shared holders the TU's objects can reach: its own, and those
  // their records flow to or whose class they belong to (closeOver's walk,
  // over every record the program has for them).
  if (TU.ObjectsNeedProgram || !TU.Holders.empty()) {
    Add(P.Complete ? "complete" : "partial");
    std::set<std::string> Seen;
    std::vector<std::string> Work;
    for (const auto &Entry : TU.Holders)
      Work.push_back(Entry.first);
    while (!Work.empty()) {
      std::string Key = std::move(Work.back());
      Work.pop_back();
      if (!Seen.insert(Key).second)
        continue;
      auto It = P.Holders.find(Key);
      if (It == P.Holders.end()) {
        Add(Key + ":none");
        continue;
      }
      Add(nlohmann::json(HolderTable{{Key, It->second}}).dump());
      Work.insert(Work.end(), It->second.Flows.begin(), It->second.Flows.end());
      if (!It->second.Owner.empty())
        Work.push_back(It->second.Owner);
    }
  }
  return llvm::xxh3_64bits(llvm::arrayRefFromStringRef<uint8_t>(Text));
}

ProgramSummaries solveProgram(llvm::ArrayRef<const TUIndex *> TUs,
                              ProgramPassStats *Stats) {
  SetupSummaries S;
  for (const TUIndex *TU : TUs)
    for (const FunctionGraph &G : TU->Graphs)
      S.add(&G);
  S.solve();
  ProgramSummaries Out;
  for (const FunctionGraph *G : S.graphs())
    if (G->Exported)
      Out.Functions[G->Usr] = {*S.find(G->Usr), G->Name, G->Location};
  for (const TUIndex *TU : TUs) {
    for (const std::string &Id : TU->MetRequirements)
      Out.MetRequirements.insert(Id);
    for (const auto &[Id, When] : TU->PartlyMetRequirements)
      Out.PartlyMetRequirements.try_emplace(Id, When);
    mergeHolders(Out.Holders, TU->Holders);
  }
  if (Stats) {
    Stats->TUs = TUs.size();
    Stats->Functions = S.graphs().size();
    Stats->Work = S.work();
  }
  return Out;
}

llvm::Error IndexDir::prepare() const {
  if (std::error_code EC = llvm::sys::fs::create_directories(Path + "/tu"))
    return llvm::createStringError(EC, "cannot create index directory '" +
                                           Path + "': " + EC.message());
  return llvm::Error::success();
}

std::string IndexDir::entryPath(llvm::StringRef MainFile) const {
  return Path + "/tu/" +
         hex(llvm::xxh3_64bits(llvm::arrayRefFromStringRef<uint8_t>(MainFile))) +
         ".json";
}

std::optional<uint64_t> IndexDir::hashOnce(llvm::StringRef File) const {
  auto [It, Inserted] = Hashes.try_emplace(File);
  if (Inserted)
    It->second = hashFile(File);
  return It->second;
}

std::optional<TUIndex> IndexDir::load(llvm::StringRef MainFile,
                                      llvm::StringRef Command,
                                      std::string *Damaged) const {
  auto Buffer = llvm::MemoryBuffer::getFile(entryPath(MainFile));
  if (!Buffer)
    return std::nullopt;
  std::optional<TUIndex> TU =
      parseIndexEntry((*Buffer)->getBuffer(), MainFile, Command,
                      /*CheckInputs=*/false, Damaged);
  // Stale when any file the TU read has changed, or is gone.
  if (TU && llvm::any_of(TU->Inputs, [&](const auto &Input) {
        return hashOnce(Input.first) != Input.second;
      }))
    return std::nullopt;
  return TU;
}

std::optional<TUIndex> parseIndexEntry(llvm::StringRef Text,
                                       llvm::StringRef MainFile,
                                       llvm::StringRef Command,
                                       bool CheckInputs,
                                       std::string *Damaged) {
  try {
    nlohmann::json J = parseJsonBounded(Text);
    // Every number is checked (JsonSafety.h): a damaged entry throws and
    // is analysed again, like a truncated one.
    if (jsonInteger(J.at("version"), 0, 1 << 30) != IndexVersion ||
        J.at("main").get<std::string>() != MainFile ||
        J.at("command").get<std::string>() != Command)
      return std::nullopt;
    TUIndex TU;
    TU.MainFile = MainFile.str();
    TU.Command = Command.str();
    for (const nlohmann::json &Input : J.at("inputs"))
      TU.Inputs.push_back(
          {Input.at(0).get<std::string>(), jsonUint64(Input.at(1))});
    // Stale when any file the TU read has changed, or is gone.
    if (CheckInputs)
      for (const auto &[File, Hash] : TU.Inputs)
        if (hashFile(File) != Hash)
          return std::nullopt;
    TU.Graphs = J.at("graphs").get<std::vector<FunctionGraph>>();
    if (!llvm::all_of(TU.Graphs, isWellFormed))
      return std::nullopt;
    TU.ExternalCalls = J.at("external").get<std::vector<std::string>>();
    TU.MetRequirements = J.at("met").get<std::vector<std::string>>();
    TU.UsedRequirements = J.at("used").get<std::vector<std::string>>();
    TU.PartlyMetRequirements =
        J.at("partly_met")
            .get<std::vector<std::pair<std::string, std::string>>>();
    TU.DefinesMain = J.at("defines_main").get<bool>();
    for (const nlohmann::json &E : J.at("entries"))
      TU.Entries.push_back(
          {E.at("usr").get<std::string>(), E.at("name").get<std::string>(),
           jsonUnsigned<unsigned>(E.at("line"))});
    TU.Holders = J.at("holders").get<HolderTable>();
    TU.Metrics = J.value("metrics", nlohmann::json::array())
                     .get<std::vector<MetricRecord>>();
    TU.HeldSamples = J.at("held_samples").get<std::vector<HeldSample>>();
    TU.ObjectsNeedProgram = J.at("objects_need_program").get<bool>();
    TU.TestProgram = J.at("test_program").get<bool>();
    TU.Link = linkFromJson(J.value("link", nlohmann::json()));
    if (const auto Found = J.find("findings"); Found != J.end()) {
      TU.Findings.Key = Found->at("key").get<std::string>();
      TU.Findings.Report = Found->at("report").get<std::string>();
    }
    return TU;
  } catch (const nlohmann::json::exception &E) {
    // A damaged entry is analysed again; the caller may say so.
    if (Damaged)
      *Damaged = E.what();
    return std::nullopt;
  }
}

llvm::Error IndexDir::store(const TUIndex &TU) const {
  nlohmann::json J = {{"version", IndexVersion}, {"main", TU.MainFile},
                      {"command", TU.Command},   {"inputs", TU.Inputs},
                      {"graphs", TU.Graphs},     {"external", TU.ExternalCalls},
                      {"met", TU.MetRequirements},
                      {"used", TU.UsedRequirements},
                      {"partly_met", TU.PartlyMetRequirements},
                      {"defines_main", TU.DefinesMain},
                      {"entries", entriesJson(TU.Entries)},
                      {"metrics", TU.Metrics},
                      {"held_samples", TU.HeldSamples},
                      {"holders", TU.Holders},
                      {"objects_need_program", TU.ObjectsNeedProgram},
                      {"test_program", TU.TestProgram}};
  if (!TU.Findings.Key.empty())
    J["findings"] = {{"key", TU.Findings.Key},
                     {"report", TU.Findings.Report}};
  if (TU.Link.Collected || !TU.Link.Registrars.empty())
    J["link"] = linkToJson(TU.Link);
  // A path that is not UTF-8 cannot be stored as it is: its entry then
  // names another path, never matches in load(), and the TU is analysed
  // again each run, which is correct, only slower.
  makeValidUtf8(J);
  return llvm::writeToOutput(entryPath(TU.MainFile), [&](llvm::raw_ostream &OS) {
    OS << J.dump();
    return llvm::Error::success();
  });
}

llvm::Error IndexDir::storeProgram(const ProgramSummaries &P) const {
  std::vector<std::string> Usrs;
  for (const auto &Entry : P.Functions)
    Usrs.push_back(Entry.getKey().str());
  std::sort(Usrs.begin(), Usrs.end()); // deterministic output
  nlohmann::json Functions = nlohmann::json::array();
  for (const std::string &Usr : Usrs) {
    const ExternalFunction &F = P.Functions.find(Usr)->second;
    nlohmann::json Entry = {{"usr", Usr}, {"name", F.Name}, {"loc", F.Location}};
    for (unsigned Stage = 0; Stage < NumStages; ++Stage)
      Entry[Stages[Stage].Name] = F.Summary.Stage[Stage];
    Functions.push_back(std::move(Entry));
  }
  std::vector<std::string> Met;
  for (const auto &Id : P.MetRequirements)
    Met.push_back(Id.getKey().str());
  std::sort(Met.begin(), Met.end());
  std::map<std::string, std::string> PartlyMet;
  for (const auto &Entry : P.PartlyMetRequirements)
    PartlyMet[Entry.getKey().str()] = Entry.getValue();
  nlohmann::json J = {{"version", IndexVersion},
                      {"functions", Functions},
                      {"met_requirements", Met},
                      {"partly_met_requirements", PartlyMet},
                      {"holders", P.Holders},
                      {"complete", P.Complete}};
  makeValidUtf8(J);
  return llvm::writeToOutput(Path + "/program.json", [&](llvm::raw_ostream &OS) {
    OS << J.dump(1) << "\n";
    return llvm::Error::success();
  });
}

llvm::Expected<ProgramSummaries> IndexDir::loadProgram(llvm::StringRef Dir) {
  std::string File = (Dir + "/program.json").str();
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return llvm::createStringError(
        Buffer.getError(), "cannot read '" + File + "': " +
                               Buffer.getError().message() +
                               " (run metrics-init-check --index-dir first)");
  return parseProgram((*Buffer)->getBuffer(), File);
}

/// The inventory part of an index entry's text, if it is well formed and
/// of this version.
static std::optional<TUIndex> parseInventory(llvm::StringRef Text) {
  try {
    nlohmann::json J = parseJsonBounded(Text);
    if (jsonInteger(J.at("version"), 0, 1 << 30) != IndexVersion)
      return std::nullopt;
    TUIndex TU;
    TU.MainFile = J.at("main").get<std::string>();
    TU.Metrics = J.value("metrics", nlohmann::json::array())
                     .get<std::vector<MetricRecord>>();
    TU.TestProgram = J.at("test_program").get<bool>();
    return TU;
  } catch (const nlohmann::json::exception &) {
    return std::nullopt;
  }
}

std::vector<TUIndex> IndexDir::loadInventories(llvm::StringRef Dir) {
  std::vector<TUIndex> Out;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir + "/tu", EC), End;
       It != End && !EC; It.increment(EC)) {
    if (!llvm::StringRef(It->path()).ends_with(".json"))
      continue;
    auto Buffer = llvm::MemoryBuffer::getFile(It->path());
    if (!Buffer)
      continue;
    if (std::optional<TUIndex> TU = parseInventory((*Buffer)->getBuffer()))
      Out.push_back(std::move(*TU));
  }
  // Not in the directory's order, which is the file system's.
  llvm::sort(Out, [](const TUIndex &A, const TUIndex &B) {
    return A.MainFile < B.MainFile;
  });
  return Out;
}

llvm::Expected<ProgramSummaries> parseProgram(llvm::StringRef Text,
                                              llvm::StringRef File) {
  try {
    nlohmann::json J = parseJsonBounded(Text);
    if (jsonInteger(J.at("version"), 0, 1 << 30) != IndexVersion)
      return llvm::createStringError(
          std::make_error_code(std::errc::invalid_argument),
          "'" + File + "' was written by another version; run "
                       "metrics-init-check --index-dir again");
    ProgramSummaries P;
    for (const nlohmann::json &Entry : J.at("functions")) {
      ExternalFunction F;
      F.Name = Entry.at("name").get<std::string>();
      F.Location = Entry.value("loc", std::string());
      for (unsigned Stage = 0; Stage < NumStages; ++Stage)
        F.Summary.Stage[Stage] =
            jsonUnsigned<Outcomes>(Entry.at(Stages[Stage].Name));
      P.Functions[Entry.at("usr").get<std::string>()] = std::move(F);
    }
    for (const std::string &Id :
         J.value("met_requirements", std::vector<std::string>()))
      P.MetRequirements.insert(Id);
    for (const auto &[Id, When] :
         J.value("partly_met_requirements",
                 std::map<std::string, std::string>()))
      P.PartlyMetRequirements[Id] = When;
    P.Holders = J.value("holders", HolderTable());
    P.Complete = J.value("complete", false);
    return P;
  } catch (const nlohmann::json::exception &E) {
    return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                   "'" + File + "' is malformed: " + E.what());
  }
}

} // namespace metrics_init_check
