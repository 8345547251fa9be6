//===--- JsonPositions.h - Source positions of JSON values -------*- C++ -*-===//
//
// nlohmann::json does not remember where a value came from, but a malformed
// rule pack must be reported as `file:line:col`. This indexer scans the same
// text once and maps every value's JSON pointer ("/apis/create/2") to the
// line and column where it starts.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_JSONPOSITIONS_H
#define METRICS_INIT_CHECK_MATCHERS_JSONPOSITIONS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

namespace metrics_init_check {

struct TextPosition {
  unsigned Line = 1;   // 1-based
  unsigned Column = 1; // 1-based, in bytes
};

class JsonPositions {
public:
  /// Indexes \p Text. Scanning stops quietly at the first syntax error: the
  /// caller reports syntax errors from the real parser.
  explicit JsonPositions(llvm::StringRef Text);

  /// Position of the value at \p Pointer; for object members, \p OfKey asks
  /// for the key's position instead. Falls back to the nearest indexed parent.
  TextPosition lookup(llvm::StringRef Pointer, bool OfKey = false) const;

private:
  llvm::StringMap<TextPosition> Values;
  llvm::StringMap<TextPosition> Keys;
};

/// Escapes a member name for use in a JSON pointer (RFC 6901).
std::string escapeJsonPointerToken(llvm::StringRef Token);

} // namespace metrics_init_check

#endif
