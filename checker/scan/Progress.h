//===--- Progress.h - The scan's progress line on a terminal ----*- C++ -*-===//
//
// `[1234/5000] 24%  repo/path.cpp  ETA 3m12s`, rewritten in place, only
// when stderr is a terminal (a CI log gets the per-repository summary
// lines instead) and never with --quiet.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_PROGRESS_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_PROGRESS_H

#include "llvm/ADT/StringRef.h"

#include <chrono>

namespace metrics_init_check {
namespace scan {

class Progress {
public:
  explicit Progress(bool Quiet);
  /// \p N more TUs to parse (the second phase's are known only later).
  void addWork(size_t N) { Total += N; }
  void done(llvm::StringRef Label);
  /// Clears the line.
  void finish();

private:
  bool Shown;
  size_t Total = 0, Done = 0;
  std::chrono::steady_clock::time_point Start;
};

} // namespace scan
} // namespace metrics_init_check

#endif
