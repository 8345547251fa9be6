//===--- Suppressions.cpp - An external suppression file -------------------===//

#include "Suppressions.h"
#include "Fingerprint.h"
#include "JsonPositions.h"
#include "JsonSafety.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

using nlohmann::json;

llvm::Expected<SuppressionFile>
SuppressionFile::load(llvm::StringRef Path, const RuleRegistry &Rules) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "cannot read suppression file '" + Path +
                                       "': " + Buffer.getError().message());
  return parse((*Buffer)->getBuffer(), Path, Rules);
}

llvm::Expected<SuppressionFile>
SuppressionFile::parse(llvm::StringRef Text, llvm::StringRef Path,
                       const RuleRegistry &Rules) {
  JsonPositions Positions(Text);
  auto Error = [&](llvm::StringRef Pointer, const llvm::Twine &What,
                   bool AtKey = false) {
    TextPosition P = Positions.lookup(Pointer, AtKey);
    return llvm::createStringError(Path + ":" + llvm::Twine(P.Line) + ":" +
                                   llvm::Twine(P.Column) +
                                   ": suppression file: " + What);
  };
  json Doc;
  try {
    // Bounded: a hostile file must not exhaust the stack (JsonSafety.h).
    Doc = parseJsonBounded(Text);
  } catch (const json::parse_error &E) {
    return llvm::createStringError(Path + ": suppression file is not valid "
                                          "JSON: " + E.what());
  }
  if (!Doc.is_object() || !Doc.contains("suppressions") ||
      !Doc["suppressions"].is_array())
    return Error("", "expected an object with a \"suppressions\" array");
  for (const auto &[Key, Value] : Doc.items())
    if (Key != "suppressions")
      return Error("/" + escapeJsonPointerToken(Key),
                   "unknown key '" + Key + "'", /*AtKey=*/true);

  SuppressionFile Out;
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  Out.Path = std::string(Absolute);
  unsigned Index = 0;
  for (const json &Item : Doc["suppressions"]) {
    std::string Ptr = "/suppressions/" + std::to_string(Index++);
    if (!Item.is_object())
      return Error(Ptr, "an entry must be an object");
    Entry E;
    E.Position = Positions.lookup(Ptr).Line;
    for (const auto &[Key, Value] : Item.items()) {
      std::string KeyPtr = Ptr + "/" + escapeJsonPointerToken(Key);
      if (Key != "rule" && Key != "file" && Key != "line" &&
          Key != "fingerprint" && Key != "justification")
        return Error(KeyPtr,
                     "unknown key '" + Key +
                         "' (expected rule, file, line, fingerprint, "
                         "justification)",
                     /*AtKey=*/true);
      if (!Value.is_string() || Value.get<std::string>().empty())
        return Error(KeyPtr, "'" + Key + "' must be a non-empty string");
    }
    for (const char *Required : {"rule", "file", "justification"})
      if (!Item.contains(Required))
        return Error(Ptr, std::string("every entry needs a '") + Required +
                              "'" +
                              (llvm::StringRef(Required) == "justification"
                                   ? ": say why the finding is accepted"
                                   : ""));
    E.RuleText = Item["rule"].get<std::string>();
    E.FileText = Item["file"].get<std::string>();
    E.Justification = Item["justification"].get<std::string>();
    if (llvm::StringRef(E.Justification).trim().empty())
      return Error(Ptr + "/justification", "the justification is blank");
    E.Line = normalisedLineText(Item.value("line", ""));
    E.Fingerprint = Item.value("fingerprint", "");
    auto RuleGlob = llvm::GlobPattern::create(E.RuleText);
    if (!RuleGlob)
      return Error(Ptr + "/rule", "bad glob: " +
                                      llvm::toString(RuleGlob.takeError()));
    bool AnyRule = false;
    for (const RuleInfo &Rule : Rules.rules())
      AnyRule |= RuleGlob->match(Rule.Id);
    if (!AnyRule)
      return Error(Ptr + "/rule", "'" + E.RuleText + "' names no rule");
    auto FileGlob = llvm::GlobPattern::create(E.FileText);
    if (!FileGlob)
      return Error(Ptr + "/file", "bad glob: " +
                                      llvm::toString(FileGlob.takeError()));
    Out.Entries.push_back(std::move(E));
  }
  return Out;
}

void SuppressionFile::apply(Report &R) const {
  std::vector<unsigned> Matched(Entries.size(), 0);
  std::vector<std::pair<llvm::GlobPattern, llvm::GlobPattern>> Globs;
  for (const Entry &E : Entries) // checked by load()
    Globs.emplace_back(llvm::cantFail(llvm::GlobPattern::create(E.RuleText)),
                       llvm::cantFail(llvm::GlobPattern::create(E.FileText)));
  for (ResolvedFinding &F : R.Findings) {
    std::string File = R.relativePath(F.Where.File);
    std::string Line = normalisedLineText(F.Where.LineText);
    std::string Identity;
    for (size_t I = 0; I < Entries.size(); ++I) {
      const Entry &E = Entries[I];
      if (!Globs[I].first.match(F.RuleId) || !Globs[I].second.match(File))
        continue;
      if (!E.Line.empty() && Line.find(E.Line) == std::string::npos)
        continue;
      if (!E.Fingerprint.empty()) {
        if (Identity.empty())
          Identity = identityOf(F).Full;
        if (Identity != E.Fingerprint)
          continue;
      }
      ++Matched[I];
      // The first entry that matches is the one reported; NOLINT, when
      // there is one too, stays as well.
      if (!F.External)
        F.External = ExternalSuppression{E.Justification, Path, E.Position};
    }
  }
  if (!R.WholeDatabase)
    return;
  for (size_t I = 0; I < Entries.size(); ++I)
    if (!Matched[I])
      R.Notifications.push_back(
          {Level::Warning,
           "stale suppression: " + Path + ":" +
               std::to_string(Entries[I].Position) + ": the entry for rule '" +
               Entries[I].RuleText + "' and file '" + Entries[I].FileText +
               "' matches no finding; remove it",
           Path});
}

} // namespace metrics_init_check
