//===--- ParseOrder.h - Which TU to parse first --------------------*- C++ -*-===//
//
// A TU's rules run with the program's summaries in its first parse when
// the TUs defining what it calls were parsed before it (WholeProgram.cpp).
// Without parsing, the best guess of who defines what is the file name:
// a TU including "wal.h" calls what wal.cpp defines. Files are ordered by
// how many TUs include a header of their name, most first, so that what
// everything calls is known to everything parsed after it.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_PARSEORDER_H
#define METRICS_INIT_CHECK_CHECKER_CLI_PARSEORDER_H

#include "llvm/ADT/ArrayRef.h"

#include <string>
#include <vector>

namespace metrics_init_check {

/// \p Files, those whose name (stem) most TUs include as a header first,
/// otherwise in path order.
std::vector<std::string> definersFirst(llvm::ArrayRef<std::string> Files);

} // namespace metrics_init_check

#endif
