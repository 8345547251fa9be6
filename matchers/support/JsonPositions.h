//===--- JsonPositions.h - Source positions of JSON values -------*- C++ -*-===//
//
// nlohmann::json does not remember where a value came from, but a malformed
// rule pack must be reported as `file:line:col`. This indexer scans the same
// text once and maps every value's JSON pointer ("/apis/create/2") to the
// line and column where it starts. It keeps a tree of member names, not a
// pointer string per value: memory stays linear in the text however deep
// it nests, and nesting beyond MaxJsonDepth stops the scan (the readers
// reject such text before parsing it, JsonSafety.h).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_SUPPORT_JSONPOSITIONS_H
#define METRICS_INIT_CHECK_MATCHERS_SUPPORT_JSONPOSITIONS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

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

  struct Node {
    TextPosition Value;
    TextPosition Key;
    bool HasKey = false; ///< an object member, not an array element
    unsigned Parent = 0;
    /// Children by their escaped pointer token ("0", "apis", "a~1b").
    llvm::StringMap<unsigned> Children;
  };

private:
  std::vector<Node> Nodes; ///< Nodes[0] is the document
};

/// Escapes a member name for use in a JSON pointer (RFC 6901).
std::string escapeJsonPointerToken(llvm::StringRef Token);

} // namespace metrics_init_check

#endif
