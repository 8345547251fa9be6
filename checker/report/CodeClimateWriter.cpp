//===--- CodeClimateWriter.cpp - GitLab Code Quality report ----------------===//
//
// GitLab shows a merge request's new and fixed Code Quality issues by
// comparing the fingerprints of two reports, so a fingerprint must stay the
// same when unrelated edits move a finding: it is the baseline identity
// (Fingerprint.h), made unique within the report by an occurrence count.
//
//===----------------------------------------------------------------------===//

#include "Fingerprint.h"
#include "JsonSafety.h"
#include "Writers.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/xxhash.h"

namespace metrics_init_check {

using nlohmann::json;

static llvm::StringRef codeQualitySeverity(Level L) {
  switch (L) {
  case Level::Error:
    return "critical";
  case Level::Warning:
    return "major";
  default:
    return "minor";
  }
}

json toCodeClimate(const Report &R) {
  json Issues = json::array();
  llvm::StringMap<unsigned> Occurrences;
  for (const ResolvedFinding &F : R.Findings) {
    // Suppressed findings are decided; GitLab has no notion of them.
    if (F.suppressed() || !F.Where.valid())
      continue;
    std::string Identity = identityOf(F).Full;
    unsigned Occurrence = ++Occurrences[Identity];
    llvm::XXH128_hash_t Hash = llvm::xxh3_128bits(llvm::arrayRefFromStringRef(
        Identity + ":" + std::to_string(Occurrence)));
    json Issue;
    Issue["type"] = "issue";
    Issue["description"] = F.Message;
    Issue["check_name"] = F.RuleId;
    Issue["categories"] = json::array({"Bug Risk"});
    Issue["fingerprint"] =
        llvm::utohexstr(Hash.high64, /*LowerCase=*/true, /*Width=*/16) +
        llvm::utohexstr(Hash.low64, /*LowerCase=*/true, /*Width=*/16);
    Issue["severity"] = codeQualitySeverity(F.Severity);
    // Relative to the repository, which is where CI runs.
    Issue["location"]["path"] = R.relativePath(F.Where.File);
    Issue["location"]["lines"]["begin"] = F.Where.Line;
    Issues.push_back(Issue);
  }
  // File names need not be UTF-8 (messages are made valid in
  // Report::normalise).
  makeValidUtf8(Issues);
  return Issues;
}

} // namespace metrics_init_check
