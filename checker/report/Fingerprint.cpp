//===--- Fingerprint.cpp - Identities of findings across commits -----------===//

#include "Fingerprint.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"

namespace metrics_init_check {

namespace {

/// Whitespace runs become one space; digits right after a ':' (a
/// `file:line:col` a message may quote) become '#'.
std::string normalisedMessage(llvm::StringRef Message) {
  std::string Out;
  bool InSpace = false, AfterColon = false;
  for (char C : Message.trim()) {
    if (llvm::isSpace(C)) {
      InSpace = true;
      AfterColon = false;
      continue;
    }
    if (InSpace)
      Out += ' ';
    InSpace = false;
    if (AfterColon && llvm::isDigit(C)) {
      if (Out.back() != '#')
        Out += '#';
      continue;
    }
    AfterColon = C == ':' || (AfterColon && llvm::isDigit(C));
    Out += C;
  }
  return Out;
}

std::string hashOf(llvm::ArrayRef<llvm::StringRef> Parts) {
  // A separator that cannot occur in any part keeps ("ab","c") and
  // ("a","bc") apart.
  std::string Joined;
  for (llvm::StringRef Part : Parts) {
    Joined += Part;
    Joined += '\0';
  }
  return llvm::utohexstr(llvm::xxh3_64bits(Joined), /*LowerCase=*/true,
                         /*Width=*/16);
}

} // namespace

std::string normalisedLineText(llvm::StringRef LineText) {
  std::string Out;
  for (char C : LineText)
    if (C != ' ' && C != '\t' && C != '\r')
      Out += C;
  return Out;
}

FindingIdentity identityOf(const ResolvedFinding &F) {
  std::string Line = normalisedLineText(F.Where.LineText);
  std::string Message = normalisedMessage(F.Message);
  FindingIdentity Id;
  Id.Full = hashOf({F.RuleId, F.Function, Line, Message});
  Id.ByLine = hashOf({F.RuleId, F.Function, Line});
  Id.ByMessage = hashOf({F.RuleId, F.Function, Message});
  return Id;
}

} // namespace metrics_init_check
