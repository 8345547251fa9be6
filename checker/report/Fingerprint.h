//===--- Fingerprint.h - Identities of findings across commits ---*- C++ -*-===//
//
// A baseline must recognise a finding after unrelated edits: lines added
// above it, the enclosing function moved within its file or to another one.
// So the identity leaves out file names and line numbers and is made of what
// the finding is about: the rule, the enclosing function, the primary line's
// text (whitespace removed) and the message (whitespace collapsed, embedded
// `:line` numbers masked).
//
// Two partial identities let a finding whose message or line text changed
// be recognised as the same finding, updated, rather than as one gone and
// one new.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_FINGERPRINT_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_FINGERPRINT_H

#include "Report.h"

#include <string>

namespace metrics_init_check {

/// Keys of SARIF result.fingerprints written by this tool.
inline constexpr const char *IdentityKey = "metrics-init-check/identity/v1";
inline constexpr const char *LineIdentityKey = "metrics-init-check/line/v1";
inline constexpr const char *MessageIdentityKey =
    "metrics-init-check/message/v1";

struct FindingIdentity {
  std::string Full;      ///< rule, function, line text, message
  std::string ByLine;    ///< rule, function, line text
  std::string ByMessage; ///< rule, function, message
};

FindingIdentity identityOf(const ResolvedFinding &F);

/// The primary line without spaces and tabs: indentation and reformatting
/// do not change a finding.
std::string normalisedLineText(llvm::StringRef LineText);

} // namespace metrics_init_check

#endif
