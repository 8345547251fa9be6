//===--- Baseline.cpp - Results compared with a previous SARIF -------------===//

#include "Baseline.h"
#include "Fingerprint.h"
#include "JsonSafety.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace metrics_init_check {

using nlohmann::json;

namespace {

std::string percentDecoded(llvm::StringRef Uri) {
  std::string Out;
  for (size_t I = 0; I < Uri.size(); ++I) {
    unsigned Value = 0;
    if (Uri[I] == '%' && I + 2 < Uri.size() &&
        !Uri.substr(I + 1, 2).getAsInteger(16, Value)) {
      Out += static_cast<char>(Value);
      I += 2;
    } else {
      Out += Uri[I];
    }
  }
  return Out;
}

/// The absolute path a SARIF artifactLocation names, relative URIs taken
/// against \p SourceRoot whatever root the previous run had.
std::string pathOf(const json &ArtifactLocation, llvm::StringRef SourceRoot) {
  std::string Uri =
      percentDecoded(ArtifactLocation.value("uri", std::string()));
  llvm::StringRef U = Uri;
  if (U.consume_front("file://"))
    return U.str();
  if (llvm::sys::path::is_absolute(U))
    return U.str();
  llvm::SmallString<256> Path(SourceRoot);
  llvm::sys::path::append(Path, U);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

llvm::Error malformed(llvm::StringRef Path, const llvm::Twine &What) {
  return llvm::createStringError("baseline '" + Path + "': " + What +
          " (expected a SARIF file written by metrics-init-check "
          "--format=sarif)");
}

} // namespace

static llvm::Expected<std::vector<BaselineResult>>
readResults(llvm::StringRef Path, const json &Log, llvm::StringRef SourceRoot) {
  std::vector<BaselineResult> Out;
  unsigned RunIndex = 0;
  for (const json &Run : Log["runs"]) {
    if (!Run.is_object() || !Run.contains("results") ||
        !Run["results"].is_array())
      return malformed(Path, "runs[" + llvm::Twine(RunIndex) +
                                 "] has no 'results' array");
    unsigned Index = 0;
    for (const json &Result : Run["results"]) {
      std::string Where = "runs[" + std::to_string(RunIndex) + "].results[" +
                          std::to_string(Index++) + "]";
      // An absent result of the previous run stays gone.
      if (Result.is_object() && Result.value("baselineState", "") == "absent")
        continue;
      const json *Prints = Result.is_object() && Result.contains("fingerprints")
                               ? &Result["fingerprints"]
                               : nullptr;
      if (!Prints || !Prints->is_object() ||
          !Prints->contains(IdentityKey) ||
          !Prints->contains(LineIdentityKey) ||
          !Prints->contains(MessageIdentityKey))
        return malformed(Path, Where + " has no metrics-init-check "
                                       "fingerprints");
      if (!Result.contains("ruleId") || !Result["ruleId"].is_string() ||
          !Result.contains("message") ||
          !Result["message"].value("text", json()).is_string())
        return malformed(Path, Where + " has no ruleId or message text");
      BaselineResult B;
      B.Full = (*Prints)[IdentityKey].get<std::string>();
      B.ByLine = (*Prints)[LineIdentityKey].get<std::string>();
      B.ByMessage = (*Prints)[MessageIdentityKey].get<std::string>();
      ResolvedFinding &F = B.Previous;
      for (const auto &[Key, Value] : Prints->items())
        if (Value.is_string())
          F.PreviousFingerprints.emplace_back(Key, Value.get<std::string>());
      F.RuleId = Result["ruleId"].get<std::string>();
      F.Message = Result["message"]["text"].get<std::string>();
      F.Severity = parseLevel(Result.value("level", "warning"))
                       .value_or(Level::Warning);
      F.Baseline = BaselineState::Absent;
      if (Result.contains("locations") && Result["locations"].is_array() &&
          !Result["locations"].empty()) {
        const json &Loc = Result["locations"][0];
        const json &Phys = Loc.value("physicalLocation", json::object());
        const json &Region = Phys.value("region", json::object());
        F.Where.File =
            pathOf(Phys.value("artifactLocation", json::object()), SourceRoot);
        // Checked: value<unsigned>() would cast a float such as 1e308
        // unchecked (undefined behaviour); a bad number is malformed.
        auto Number = [&](const char *Key, unsigned Default) {
          return Region.contains(Key) ? jsonUnsigned<unsigned>(Region[Key])
                                      : Default;
        };
        F.Where.Line = Number("startLine", 0);
        F.Where.Column = F.Where.CodePointColumn = Number("startColumn", 1);
        F.Where.EndLine = Number("endLine", F.Where.Line);
        F.Where.EndColumn = F.Where.EndCodePointColumn =
            Number("endColumn", F.Where.Column);
        if (Loc.contains("logicalLocations") &&
            Loc["logicalLocations"].is_array() &&
            !Loc["logicalLocations"].empty())
          F.Function = Loc["logicalLocations"][0].value(
              "fullyQualifiedName", std::string());
      }
      if (Result.contains("partialFingerprints"))
        F.LineHash = Result["partialFingerprints"].value(
            "primaryLocationLineHash", std::string());
      Out.push_back(std::move(B));
    }
    // Another tool's run without results carries no fingerprints to
    // refuse: its name does (every result being "new" would be wrong).
    const json *Name = nullptr;
    if (Run.contains("tool") && Run["tool"].is_object() &&
        Run["tool"].contains("driver") && Run["tool"]["driver"].is_object() &&
        Run["tool"]["driver"].contains("name"))
      Name = &Run["tool"]["driver"]["name"];
    if (!Name || !Name->is_string() ||
        Name->get<std::string>() != "metrics-init-check")
      return malformed(Path,
                       "runs[" + llvm::Twine(RunIndex) + "] was written by " +
                           (Name && Name->is_string()
                                ? "'" + Name->get<std::string>() + "'"
                                : std::string("an unnamed tool")) +
                           ", not metrics-init-check");
    ++RunIndex;
  }
  return Out;
}

llvm::Expected<std::vector<BaselineResult>>
loadBaseline(llvm::StringRef Path, llvm::StringRef SourceRoot) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "cannot read baseline '" + Path +
                                       "': " + Buffer.getError().message());
  return parseBaseline((*Buffer)->getBuffer(), Path, SourceRoot);
}

llvm::Expected<std::vector<BaselineResult>>
parseBaseline(llvm::StringRef Text, llvm::StringRef Path,
              llvm::StringRef SourceRoot) {
  // Bounded: a hostile file must not exhaust the stack (JsonSafety.h).
  if (llvm::Error E = checkJsonDepth(Text))
    return malformed(Path, llvm::toString(std::move(E)));
  json Log = json::parse(Text.begin(), Text.end(), nullptr,
                         /*allow_exceptions=*/false);
  if (Log.is_discarded())
    return malformed(Path, "not valid JSON");
  if (!Log.is_object() || !Log.contains("runs") || !Log["runs"].is_array())
    return malformed(Path, "no 'runs' array");
  // An empty log would make every finding "new" and pass for a baseline.
  if (Log["runs"].empty())
    return malformed(Path, "no runs");
  try {
    return readResults(Path, Log, SourceRoot);
  } catch (const json::exception &E) {
    // A value of the wrong type somewhere: as malformed as a missing one.
    return malformed(Path, E.what());
  }
}

BaselineCounts applyBaseline(Report &R, std::vector<BaselineResult> Previous) {
  BaselineCounts Counts;
  std::vector<bool> Taken(Previous.size(), false);
  std::vector<FindingIdentity> Ids;
  for (const ResolvedFinding &F : R.Findings)
    Ids.push_back(identityOf(F));

  // Of the candidates with the same key, the one in the same file and
  // nearest in lines: two identical findings in one function keep their
  // order.
  auto Match = [&](std::string FindingIdentity::*CurrentKey,
                   std::string BaselineResult::*PreviousKey,
                   BaselineState State) {
    std::multimap<std::string, size_t> ByKey;
    for (size_t I = 0; I < Previous.size(); ++I)
      if (!Taken[I])
        ByKey.emplace(Previous[I].*PreviousKey, I);
    for (size_t I = 0; I < R.Findings.size(); ++I) {
      ResolvedFinding &F = R.Findings[I];
      if (F.Baseline != BaselineState::None)
        continue;
      auto [Begin, End] = ByKey.equal_range(Ids[I].*CurrentKey);
      std::optional<size_t> Best;
      auto Distance = [&](size_t J) {
        const ResolvedLocation &P = Previous[J].Previous.Where;
        long Lines = static_cast<long>(P.Line) - static_cast<long>(F.Where.Line);
        return std::make_pair(P.File != F.Where.File, std::labs(Lines));
      };
      for (auto It = Begin; It != End; ++It)
        if (!Taken[It->second] &&
            (!Best || Distance(It->second) < Distance(*Best)))
          Best = It->second;
      if (!Best)
        continue;
      Taken[*Best] = true;
      F.Baseline = State;
    }
  };
  Match(&FindingIdentity::Full, &BaselineResult::Full,
        BaselineState::Unchanged);
  Match(&FindingIdentity::ByLine, &BaselineResult::ByLine,
        BaselineState::Updated);
  Match(&FindingIdentity::ByMessage, &BaselineResult::ByMessage,
        BaselineState::Updated);

  for (ResolvedFinding &F : R.Findings) {
    if (F.Baseline == BaselineState::None)
      F.Baseline = BaselineState::New;
    switch (F.Baseline) {
    case BaselineState::New:
      ++Counts.New;
      break;
    case BaselineState::Unchanged:
      ++Counts.Unchanged;
      break;
    default:
      ++Counts.Updated;
      break;
    }
  }
  for (size_t I = 0; I < Previous.size(); ++I) {
    if (Taken[I])
      continue;
    ResolvedFinding &P = Previous[I].Previous;
    // A whole-database run would have found it wherever it was; a partial
    // one only in the files it read.
    if (!R.WholeDatabase &&
        !R.SeenFiles.count(P.Where.File)) {
      ++Counts.NotCompared;
      continue;
    }
    R.Absent.push_back(std::move(P));
    ++Counts.Absent;
  }
  return Counts;
}

std::string describe(const BaselineCounts &C) {
  std::string Out = std::to_string(C.New) + " new, " +
                    std::to_string(C.Unchanged) + " unchanged, " +
                    std::to_string(C.Updated) + " updated, " +
                    std::to_string(C.Absent) + " absent";
  if (C.NotCompared)
    Out += "; " + std::to_string(C.NotCompared) +
           " in files this run did not read";
  return Out;
}

} // namespace metrics_init_check
