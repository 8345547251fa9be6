//===--- JsonSafetyTest.cpp - JSON in and out without trusting the bytes --===//

#include "JsonSafety.h"

#include "gtest/gtest.h"

#include <string>

using namespace metrics_init_check;
using nlohmann::json;

namespace {

const char *const FFFD = "\xEF\xBF\xBD";

TEST(JsonSafetyTest, ValidUtf8IsUnchanged) {
  EXPECT_EQ(validUtf8("plain"), "plain");
  EXPECT_EQ(validUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80"),
            "caf\xC3\xA9 \xF0\x9F\x98\x80");
}

TEST(JsonSafetyTest, EachOffendingByteIsOneReplacement) {
  EXPECT_EQ(validUtf8("a\xFF" "b"), std::string("a") + FFFD + "b");
  // A truncated two-byte sequence at the end, and an overlong encoding.
  EXPECT_EQ(validUtf8("x\xC3"), std::string("x") + FFFD);
  EXPECT_EQ(validUtf8("\xC0\xAF"), std::string(FFFD) + FFFD);
}

TEST(JsonSafetyTest, MakeValidUtf8FixesStringsAndKeysAtAnyDepth) {
  json J = {{"ok", {"\xFF", {{"k", "x\xFEy"}}}}};
  J["bad\xFF"] = 1;
  makeValidUtf8(J);
  EXPECT_NO_THROW(J.dump());
  EXPECT_EQ(J["ok"][0], FFFD);
  EXPECT_EQ(J["ok"][1]["k"], std::string("x") + FFFD + "y");
  EXPECT_EQ(J[std::string("bad") + FFFD], 1);
}

TEST(JsonSafetyTest, DepthLimitNamesLineAndColumn) {
  EXPECT_FALSE(static_cast<bool>(checkJsonDepth("[[1]]", 2)));
  llvm::Error E = checkJsonDepth("{\"a\":\n  [[1]]}", 2);
  ASSERT_TRUE(static_cast<bool>(E));
  EXPECT_EQ(llvm::toString(std::move(E)),
            "nesting deeper than 2 levels at line 2, column 4");
}

TEST(JsonSafetyTest, BracketsInStringsDoNotNest) {
  EXPECT_FALSE(
      static_cast<bool>(checkJsonDepth(R"(["[[[[", "\"[[[[", {"]": "{{"}])", 2)));
}

TEST(JsonSafetyTest, ParseJsonBoundedThrowsParseErrors) {
  EXPECT_EQ(parseJsonBounded(R"({"a": [1, 2]})")["a"][1], 2);
  std::string Deep(MaxJsonDepth + 1, '[');
  Deep += std::string(MaxJsonDepth + 1, ']');
  EXPECT_THROW(parseJsonBounded(Deep), json::parse_error);
  EXPECT_NO_THROW(parseJsonBounded(Deep.substr(1, 2 * MaxJsonDepth)));
  EXPECT_THROW(parseJsonBounded("[1e400]"), json::parse_error)
      << "out_of_range becomes a parse error";
  EXPECT_THROW(parseJsonBounded("{"), json::parse_error);
}

TEST(JsonSafetyTest, IntegersAreRangeChecked) {
  EXPECT_EQ(jsonInteger(json(5), 0, 10), 5);
  EXPECT_EQ(jsonInteger(json(-3), -5, 0), -3);
  EXPECT_THROW(jsonInteger(json(11), 0, 10), json::out_of_range);
  EXPECT_THROW(jsonInteger(json(1e308), 0, 10), json::out_of_range);
  EXPECT_THROW(jsonInteger(json(2.0), 0, 10), json::out_of_range)
      << "a float is not an integer";
  EXPECT_THROW(jsonInteger(json(true), 0, 10), json::out_of_range);
  EXPECT_THROW(jsonInteger(json("3"), 0, 10), json::out_of_range);
  EXPECT_THROW(jsonInteger(json(UINT64_MAX), 0, INT64_MAX), json::out_of_range);
}

TEST(JsonSafetyTest, UnsignedAndEnumHelpers) {
  EXPECT_EQ(jsonUnsigned<uint8_t>(json(255)), 255);
  EXPECT_THROW(jsonUnsigned<uint8_t>(json(256)), json::out_of_range);
  EXPECT_THROW(jsonUnsigned<unsigned>(json(-1)), json::out_of_range);
  EXPECT_EQ(jsonUint64(json(UINT64_MAX)), UINT64_MAX);
  EXPECT_EQ(jsonUint64(json(7)), 7u);
  EXPECT_THROW(jsonUint64(json(-1)), json::out_of_range);
  EXPECT_THROW(jsonUint64(json(1.5)), json::out_of_range);
  enum class Color { Red, Green, Blue };
  EXPECT_EQ(jsonEnum(json(2), Color::Blue), Color::Blue);
  EXPECT_THROW(jsonEnum(json(3), Color::Blue), json::out_of_range);
}

} // namespace
