//===--- JsonSafety.h - JSON in and out without trusting the bytes -*- C++ -*-===//
//
// Everything the tool reads as JSON (rule packs, suppression files,
// baselines, index entries) may be damaged or hostile, and everything it
// writes carries text from the analysed sources (string literals, file
// names), which need not be UTF-8. nlohmann::json throws on invalid UTF-8
// when dumping (type_error.316), recurses when converting, and casts a
// float to an integer without a range check. These helpers are the one
// place that guards against each.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_SUPPORT_JSONSAFETY_H
#define METRICS_INIT_CHECK_MATCHERS_SUPPORT_JSONSAFETY_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <string>

namespace metrics_init_check {

/// \p Text with every invalid UTF-8 sequence replaced by U+FFFD (one per
/// offending byte), so it can go into JSON.
std::string validUtf8(llvm::StringRef Text);

/// Replaces invalid UTF-8 in every string and member name of \p J: the last
/// step before a JSON document is dumped.
void makeValidUtf8(nlohmann::json &J);

/// Deepest nesting of arrays and objects the readers accept. Ours never go
/// beyond a dozen levels; a limit keeps a hostile file from exhausting the
/// stack in nlohmann's recursive conversions.
constexpr unsigned MaxJsonDepth = 256;

/// Fails when \p Text nests arrays and objects deeper than \p MaxDepth
/// (brackets inside strings do not count). A linear scan, done before the
/// text is given to nlohmann. The message names the line and column:
/// "nesting deeper than 256 levels at line L, column C".
llvm::Error checkJsonDepth(llvm::StringRef Text,
                           unsigned MaxDepth = MaxJsonDepth);

/// checkJsonDepth, then nlohmann::json::parse; throws nlohmann's
/// parse_error for both (too deep: parse_error 101 at the byte where the
/// limit was exceeded; a number that overflows a double, which nlohmann
/// reports as out_of_range, as parse_error 101 too), so callers keep one
/// error path.
nlohmann::json parseJsonBounded(llvm::StringRef Text);

/// Throws nlohmann's out_of_range (406) unless \p J is an integer (not a
/// float, not a bool) in [\p Min, \p Max]. Use instead of get<int>() and
/// get<unsigned>() on data that may be damaged: those cast a float to an
/// integer unchecked, which is undefined for 1e308.
int64_t jsonInteger(const nlohmann::json &J, int64_t Min, int64_t Max);

/// An unsigned integer that fits \p T.
template <typename T> T jsonUnsigned(const nlohmann::json &J) {
  static_assert(std::is_unsigned<T>::value && sizeof(T) <= 4,
                "use jsonUint64 for 64-bit values");
  return static_cast<T>(
      jsonInteger(J, 0, static_cast<int64_t>(std::numeric_limits<T>::max())));
}

/// An unsigned 64-bit integer (content hashes).
uint64_t jsonUint64(const nlohmann::json &J);

/// An enumerator of \p E whose values are 0 to \p Last.
template <typename E> E jsonEnum(const nlohmann::json &J, E Last) {
  return static_cast<E>(jsonInteger(J, 0, static_cast<int64_t>(Last)));
}

} // namespace metrics_init_check

#endif
