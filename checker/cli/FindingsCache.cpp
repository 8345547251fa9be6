//===--- FindingsCache.cpp - Findings of unchanged TUs, from the index ----===//

#include "FindingsCache.h"
#include "ReportJson.h"

#include "TURunner.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace metrics_init_check {

namespace {
std::string hex(uint64_t V) {
  std::string Out;
  llvm::raw_string_ostream(Out) << llvm::format_hex_no_prefix(V, 16);
  return Out;
}
} // namespace

std::string configurationKey(llvm::ArrayRef<std::string> Parts,
                             llvm::ArrayRef<std::string> Files) {
  std::string Text;
  auto Add = [&](llvm::StringRef Part) {
    Text += Part;
    Text += '\0';
  };
  for (const std::string &Part : Parts)
    Add(Part);
  for (const std::string &File : Files) {
    Add(File);
    std::optional<uint64_t> Hash = hashFile(File);
    Add(Hash ? hex(*Hash) : "unreadable");
  }
  return hex(llvm::xxh3_64bits(llvm::arrayRefFromStringRef<uint8_t>(Text)));
}

std::string FindingsCache::key(const TUIndex &TU,
                               const ProgramSummaries &Program) const {
  return ConfigKey + "-" + hex(programDependencies(TU, Program));
}

bool FindingsCache::replay(const TUIndex &TU, const ProgramSummaries &Program,
                           Report &Out) const {
  if (TU.Findings.Key.empty() || TU.Findings.Key != key(TU, Program))
    return false;
  std::vector<char> Bytes;
  if (llvm::Error E = llvm::decodeBase64(TU.Findings.Report, Bytes)) {
    llvm::consumeError(std::move(E)); // analysed again instead
    return false;
  }
  nlohmann::json J = nlohmann::json::from_cbor(Bytes, /*strict=*/true,
                                               /*allow_exceptions=*/false);
  if (J.is_discarded())
    return false;
  llvm::Expected<Report> Cached = scan::reportFromJson(J);
  if (!Cached) {
    llvm::consumeError(Cached.takeError()); // analysed again instead
    return false;
  }
  // What a parse would have added: the files the TU read come from the
  // entry, which lists them with their hashes.
  for (const auto &Input : TU.Inputs)
    Out.SeenFiles.insert(Input.first);
  scan::appendReport(Out, std::move(*Cached));
  return true;
}

void FindingsCache::record(TUIndex &TU, const ProgramSummaries &Program,
                           const Report &Out) const {
  if (!llvm::is_contained(Out.AnalysedFiles, TU.MainFile))
    return;
  Report Mine;
  Mine.AnalysedFiles.push_back(TU.MainFile);
  for (const ResolvedFinding &F : Out.Findings)
    if (absolutePath(F.MainFile) == TU.MainFile)
      Mine.Findings.push_back(F);
  if (auto It = Out.TestPrograms.find(TU.MainFile);
      It != Out.TestPrograms.end())
    Mine.TestPrograms.insert(*It);
  if (auto It = Out.NotOwnedFindings.find(TU.MainFile);
      It != Out.NotOwnedFindings.end())
    Mine.NotOwnedFindings.insert(*It);
  TU.Findings.Key = key(TU, Program);
  // CBOR keeps every byte: messages quoting a Latin-1 source and fixes'
  // binary content hashes are not UTF-8, and JSON text would change them.
  TU.Findings.Report =
      llvm::encodeBase64(nlohmann::json::to_cbor(scan::reportToJson(Mine)));
}

} // namespace metrics_init_check
