//===--- SourceExcerpt.h - Lines of source files for a report -----*- C++ -*-===//
//
// The audit page shows the code around each finding and the line of each
// path step. Files are read once each, and only when they can be read now:
// a report written on another machine, or after the file changed or went
// away, says so instead of showing the wrong lines.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_SOURCEEXCERPT_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_SOURCEEXCERPT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace metrics_init_check {

struct Excerpt {
  unsigned FirstLine = 0; ///< 1-based number of Lines[0]
  std::vector<std::string> Lines;
};

class SourceLines {
public:
  /// Lines \p Line - \p Context to \p Line + \p Context of \p File (as
  /// many as there are); nullopt when the file cannot be read or is
  /// shorter than \p Line.
  std::optional<Excerpt> around(llvm::StringRef File, unsigned Line,
                                unsigned Context);

  /// Why around() gave nothing for \p File.
  std::string whyNot(llvm::StringRef File, unsigned Line);

private:
  /// Null when the file cannot be read.
  const std::vector<std::string> *lines(llvm::StringRef File);

  llvm::StringMap<std::optional<std::vector<std::string>>> Cache;
};

} // namespace metrics_init_check

#endif
