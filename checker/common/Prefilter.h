//===--- Prefilter.h - TUs that cannot matter, found without parsing -*- C++ -*-===//
//
// Most TUs of a large tree never touch a metrics library, a serve point or
// the environment. A token scan of each TU and of the repository's headers
// it can include finds the ones that may: those naming anything a rule
// pack names (APIs, objects, library namespaces, environment sources, flag
// prefixes, build-mode and feature macros), `main` and the packs' entry
// points; then, to a fixed point, every TU naming a function such a TU
// names, so that a wrapper's wrapper is still analysed. The rest are not
// parsed. It errs on keeping: a word in a comment keeps a TU.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_COMMON_PREFILTER_H
#define METRICS_INIT_CHECK_CHECKER_COMMON_PREFILTER_H

#include "RulePack.h"

#include "llvm/ADT/StringSet.h"

#include <string>
#include <vector>

namespace metrics_init_check {

/// The words of \p Packs a relevant TU contains somewhere, and the
/// prefixes (FLAGS_) of words it may contain.
struct PackVocabulary {
  llvm::StringSet<> Words;
  std::vector<std::string> Prefixes;
};
PackVocabulary packVocabulary(llvm::ArrayRef<RulePack> Packs);

/// Identifiers of \p Text (comments and strings included: erring on
/// keeping), and in \p Called those followed by `(`.
void identifiers(llvm::StringRef Text, llvm::StringSet<> &All,
                 llvm::StringSet<> &Called);

/// Which of \p Sources to parse (true) given the repository's \p Headers
/// (its own and vendored ones, absolute).
std::vector<bool> selectRelevant(llvm::ArrayRef<std::string> Sources,
                                 llvm::ArrayRef<std::string> Headers,
                                 const PackVocabulary &Vocabulary);

} // namespace metrics_init_check

#endif
