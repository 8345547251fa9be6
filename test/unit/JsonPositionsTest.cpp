//===--- JsonPositionsTest.cpp - Where each JSON value starts -------------===//

#include "JsonPositions.h"
#include "JsonSafety.h"

#include "gtest/gtest.h"

#include <string>

using namespace metrics_init_check;

namespace {

::testing::AssertionResult at(TextPosition P, unsigned Line, unsigned Column) {
  if (P.Line == Line && P.Column == Column)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "at " << P.Line << ":" << P.Column << ", expected " << Line << ":"
         << Column;
}

const char *Pack = R"({
  "name": "inhouse",
  "apis": {
    "create": [
      "a::Registry",
      {"name": "b::Make", "args": [1, 2]}
    ]
  }
})";

TEST(JsonPositionsTest, ValuesAndKeys) {
  JsonPositions P(Pack);
  EXPECT_TRUE(at(P.lookup(""), 1, 1));
  EXPECT_TRUE(at(P.lookup("/name"), 2, 11));
  EXPECT_TRUE(at(P.lookup("/name", /*OfKey=*/true), 2, 3));
  EXPECT_TRUE(at(P.lookup("/apis/create"), 4, 15));
  EXPECT_TRUE(at(P.lookup("/apis/create/0"), 5, 7));
  EXPECT_TRUE(at(P.lookup("/apis/create/1"), 6, 7));
  EXPECT_TRUE(at(P.lookup("/apis/create/1/name"), 6, 16));
  EXPECT_TRUE(at(P.lookup("/apis/create/1/args/1"), 6, 39));
}

TEST(JsonPositionsTest, ArrayElementKeyIsItsArray) {
  JsonPositions P(Pack);
  // An array element has no key: the array's value stands in.
  EXPECT_TRUE(at(P.lookup("/apis/create/0", /*OfKey=*/true), 4, 15));
}

TEST(JsonPositionsTest, UnknownPointerFallsBackToNearestParent) {
  JsonPositions P(Pack);
  EXPECT_TRUE(at(P.lookup("/apis/create/7"), 4, 15));
  EXPECT_TRUE(at(P.lookup("/apis/serve/0/name"), 3, 11));
  EXPECT_TRUE(at(P.lookup("/nothing", /*OfKey=*/true), 1, 1))
      << "a key not indexed: the nearest parent's value";
}

TEST(JsonPositionsTest, EscapedMemberNames) {
  EXPECT_EQ(escapeJsonPointerToken("a/b~c"), "a~1b~0c");
  EXPECT_EQ(escapeJsonPointerToken("plain"), "plain");
  JsonPositions P(R"({"a/b": 1, "q\"x": 2})");
  EXPECT_TRUE(at(P.lookup("/a~1b"), 1, 9));
  EXPECT_TRUE(at(P.lookup("/q\"x"), 1, 20));
}

TEST(JsonPositionsTest, RepeatedMemberTakesTheLastPosition) {
  // nlohmann keeps the last value; its position is the one reported.
  JsonPositions P("{\"k\": 1,\n \"k\": 2}");
  EXPECT_TRUE(at(P.lookup("/k"), 2, 7));
  EXPECT_TRUE(at(P.lookup("/k", /*OfKey=*/true), 2, 2));
}

TEST(JsonPositionsTest, ColumnsCountBytesAndCRLFIsOneLine) {
  // "é" is two bytes; CR is a column, LF starts a line.
  JsonPositions P("{\"\xC3\xA9\": [1,\r\n 2]}");
  EXPECT_TRUE(at(P.lookup("/\xC3\xA9/0"), 1, 9));
  EXPECT_TRUE(at(P.lookup("/\xC3\xA9/1"), 2, 2));
}

TEST(JsonPositionsTest, SyntaxErrorStopsQuietly) {
  // What was indexed before the error is kept; the rest falls back.
  JsonPositions P("{\"a\": 1, \"b\": [2, }");
  EXPECT_TRUE(at(P.lookup("/a"), 1, 7));
  EXPECT_TRUE(at(P.lookup("/b"), 1, 15));
  EXPECT_TRUE(at(P.lookup("/b/2"), 1, 15));
  JsonPositions Empty("");
  EXPECT_TRUE(at(Empty.lookup("/x"), 1, 1));
}

TEST(JsonPositionsTest, NestingBeyondTheLimitStopsTheScan) {
  std::string Deep(MaxJsonDepth, '[');
  Deep += "[1]";
  Deep += std::string(MaxJsonDepth, ']');
  JsonPositions P(Deep);
  std::string Pointer;
  for (unsigned I = 0; I < MaxJsonDepth; ++I)
    Pointer += "/0";
  // The innermost array is one level too deep: where it starts is known,
  // what it holds is not, and the lookup ends at it.
  EXPECT_TRUE(at(P.lookup(Pointer), 1, MaxJsonDepth + 1));
  EXPECT_TRUE(at(P.lookup(Pointer + "/0"), 1, MaxJsonDepth + 1));
  std::string Shallow = "[[[1]]]";
  EXPECT_TRUE(at(JsonPositions(Shallow).lookup("/0/0/0"), 1, 4));
}

} // namespace
