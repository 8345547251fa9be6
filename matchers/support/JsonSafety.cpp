//===--- JsonSafety.cpp - JSON in and out without trusting the bytes -------===//

#include "JsonSafety.h"

#include "llvm/Support/ConvertUTF.h"

#include <optional>
#include <vector>

namespace metrics_init_check {

using nlohmann::json;

std::string validUtf8(llvm::StringRef Text) {
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Text.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(Text.end());
  if (llvm::isLegalUTF8String(&Begin, End))
    return Text.str();
  std::string Out;
  Out.reserve(Text.size() + 8);
  for (size_t I = 0; I < Text.size();) {
    const auto *At = reinterpret_cast<const llvm::UTF8 *>(Text.data() + I);
    unsigned Length = llvm::getNumBytesForUTF8(*At);
    if (I + Length <= Text.size() &&
        llvm::isLegalUTF8Sequence(At, At + Length)) {
      Out.append(Text.data() + I, Length);
      I += Length;
    } else {
      Out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
      ++I;
    }
  }
  return Out;
}

static bool isValidUtf8(const std::string &S) {
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(S.data());
  return llvm::isLegalUTF8String(&Begin, Begin + S.size());
}

void makeValidUtf8(json &Root) {
  // A work list, not recursion: the documents are ours, but a report can
  // be large.
  std::vector<json *> Work = {&Root};
  while (!Work.empty()) {
    json &J = *Work.back();
    Work.pop_back();
    if (J.is_string()) {
      std::string &S = J.get_ref<std::string &>();
      if (!isValidUtf8(S))
        S = validUtf8(S);
    } else if (J.is_array()) {
      for (json &Item : J)
        Work.push_back(&Item);
    } else if (J.is_object()) {
      bool KeysValid = true;
      for (auto It = J.begin(); It != J.end() && KeysValid; ++It)
        KeysValid = isValidUtf8(It.key());
      if (!KeysValid) {
        json Fixed = json::object();
        for (auto It = J.begin(); It != J.end(); ++It)
          Fixed[validUtf8(It.key())] = std::move(It.value());
        J = std::move(Fixed);
      }
      for (auto It = J.begin(); It != J.end(); ++It)
        Work.push_back(&It.value());
    }
  }
}

namespace {
struct DepthViolation {
  size_t Byte = 0;
  unsigned Line = 1, Column = 1;
};

std::optional<DepthViolation> findTooDeep(llvm::StringRef Text,
                                          unsigned MaxDepth) {
  unsigned Depth = 0, Line = 1, Column = 1;
  bool InString = false, Escaped = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (Escaped)
        Escaped = false;
      else if (C == '\\')
        Escaped = true;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > MaxDepth)
        return DepthViolation{I, Line, Column};
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
    if (C == '\n') {
      ++Line;
      Column = 1;
    } else {
      ++Column;
    }
  }
  return std::nullopt;
}

std::string depthMessage(unsigned MaxDepth) {
  return "nesting deeper than " + std::to_string(MaxDepth) + " levels";
}
} // namespace

llvm::Error checkJsonDepth(llvm::StringRef Text, unsigned MaxDepth) {
  if (std::optional<DepthViolation> V = findTooDeep(Text, MaxDepth))
    return llvm::createStringError(
        std::make_error_code(std::errc::invalid_argument),
        depthMessage(MaxDepth) + " at line " + std::to_string(V->Line) +
            ", column " + std::to_string(V->Column));
  return llvm::Error::success();
}

json parseJsonBounded(llvm::StringRef Text) {
  if (std::optional<DepthViolation> V = findTooDeep(Text, MaxJsonDepth))
    throw json::parse_error::create(101, V->Byte + 1,
                                    depthMessage(MaxJsonDepth), nullptr);
  try {
    return json::parse(Text.begin(), Text.end());
  } catch (const json::out_of_range &E) {
    // A number too large for a double (1e400) is out_of_range.406, not a
    // parse_error: callers that catch parse errors would let it escape
    // (found by fuzz/FuzzSuppressions.cpp).
    throw json::parse_error::create(101, 0, E.what(), nullptr);
  }
}

int64_t jsonInteger(const json &J, int64_t Min, int64_t Max) {
  int64_t Value;
  if (J.is_number_unsigned()) {
    uint64_t U = J.get<uint64_t>();
    if (U > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      throw json::out_of_range::create(406, "integer out of range", &J);
    Value = static_cast<int64_t>(U);
  } else if (J.is_number_integer()) {
    Value = J.get<int64_t>();
  } else {
    throw json::out_of_range::create(
        406, std::string("expected an integer, not ") + J.type_name(), &J);
  }
  if (Value < Min || Value > Max)
    throw json::out_of_range::create(
        406,
        "integer " + std::to_string(Value) + " out of range [" +
            std::to_string(Min) + ", " + std::to_string(Max) + "]",
        &J);
  return Value;
}

uint64_t jsonUint64(const json &J) {
  if (J.is_number_unsigned())
    return J.get<uint64_t>();
  if (J.is_number_integer() && J.get<int64_t>() >= 0)
    return static_cast<uint64_t>(J.get<int64_t>());
  throw json::out_of_range::create(406, "expected an unsigned integer", &J);
}

} // namespace metrics_init_check
