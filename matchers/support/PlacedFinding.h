//===--- PlacedFinding.h - A finding made after the ASTs are gone -*- C++ -*-===//
//
// Whole-program rules (the linker rule) decide from facts stored per TU and
// from the build graph, long after each TU's SourceManager is gone. Their
// findings carry plain file positions; checker/report turns them into
// ResolvedFindings like every other finding.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_SUPPORT_PLACEDFINDING_H
#define METRICS_INIT_CHECK_MATCHERS_SUPPORT_PLACEDFINDING_H

#include "Finding.h"

#include <string>
#include <vector>

namespace metrics_init_check {

struct PlacedNote {
  FilePosition Where;
  std::string Message;
};

/// Replaces \p Length bytes at \p Where (on one line) by \p Text.
struct PlacedEdit {
  FilePosition Where;
  unsigned Length = 0;
  std::string Text;
};

struct PlacedFinding {
  std::string RuleId;
  Level Severity = Level::Warning;
  std::string Message;
  FilePosition Where;
  std::vector<PlacedNote> Related;
  std::vector<PlacedEdit> Fixes;
  std::string FixDescription;
  std::string MainFile; ///< the TU it is about
};

} // namespace metrics_init_check

#endif
