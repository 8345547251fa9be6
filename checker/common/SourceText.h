//===--- SourceText.h - What a source file says, without parsing it -*- C++ -*-===//
//
// Text-level reads of C and C++ sources that the front ends share: the
// prefilter and the CLI's parse order use them before any TU is parsed,
// the scan's flag synthesis to find include folders.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_COMMON_SOURCETEXT_H
#define METRICS_INIT_CHECK_CHECKER_COMMON_SOURCETEXT_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace metrics_init_check {

/// The `#include` (and `#import`) spellings in \p Text, quoted and angled
/// alike, in order.
std::vector<std::string> includeSpellings(llvm::StringRef Text);

} // namespace metrics_init_check

#endif
