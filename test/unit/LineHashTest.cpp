//===--- LineHashTest.cpp - GitHub's primaryLocationLineHash --------------===//
//
// The expected values are the ones of GitHub's own tests of the upload
// action (codeql-action, src/fingerprints.test.ts), which
// test/ci/Inputs/github_line_hash.py reproduces independently.
//
//===----------------------------------------------------------------------===//

#include "LineHash.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace metrics_init_check;

namespace {

using Hashes = std::vector<std::string>;

TEST(LineHashTest, EmptyFileHasOneLine) {
  EXPECT_EQ(lineHashes(""), Hashes({"c129715d7a2bc9a3:1"}));
}

TEST(LineHashTest, SpacesAndTabsDoNotCount) {
  EXPECT_EQ(lineHashes(" a\nb\n  \t\tc\n d"),
            Hashes({"271789c17abda88f:1", "54703d4cd895b18:1",
                    "180aee12dab6264:1", "a23a3dc5e078b07b:1"}));
  // The same text without the blanks hashes the same.
  EXPECT_EQ(lineHashes("a\nb\nc\nd"), lineHashes(" a\nb\n  \t\tc\n d"));
}

TEST(LineHashTest, CRAndCRLFAreLineBreaks) {
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"),
            Hashes({"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1",
                    "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
                    "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1",
                    "c129715d7a2bc9a3:1"}));
  EXPECT_EQ(lineHashes("a\r\nb\rc\n"), lineHashes("a\nb\nc\n"));
}

TEST(LineHashTest, RepeatedWindowsAreCounted) {
  // A line's hash covers the 100 units from its start, so only lines that
  // far from the end repeat; each repeat counts up.
  std::string Text;
  for (int I = 0; I < 10; ++I)
    Text += "Lorem ipsum dolor sit amet.\n";
  Hashes Expected;
  for (int I = 1; I <= 6; ++I)
    Expected.push_back("a7f2ff13bc495cf2:" + std::to_string(I));
  Expected.insert(Expected.end(),
                  {"a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
                   "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
                   "c129715d7a2bc9a3:1"});
  EXPECT_EQ(lineHashes(Text), Expected);
}

TEST(LineHashTest, FinalNewlineAddsAnEmptyLine) {
  EXPECT_EQ(lineHashes("x").size(), 1u);
  EXPECT_EQ(lineHashes("x\n").size(), 2u);
  EXPECT_EQ(lineHashes("x\n").back(), "c129715d7a2bc9a3:1")
      << "the empty last line hashes like an empty file";
}

TEST(LineHashTest, InvalidUtf8IsOneReplacementPerIllFormedSequence) {
  // Node's decoder: a truncated three-byte sequence is one U+FFFD, like
  // the character itself; a stray continuation byte is one too.
  EXPECT_EQ(lineHashes("a\xE2\x82z"), lineHashes("a\xEF\xBF\xBDz"));
  EXPECT_EQ(lineHashes("a\x80z"), lineHashes("a\xEF\xBF\xBDz"));
  EXPECT_NE(lineHashes("a\x80\x80z"), lineHashes("a\x80z"));
}

TEST(LineHashTest, CharactersOutsideTheBmpAreTwoUnits) {
  // U+1F600 is a surrogate pair: not the same as one BMP character.
  EXPECT_NE(lineHashes("\xF0\x9F\x98\x80"), lineHashes("\xEF\xBF\xBD"));
  EXPECT_NE(lineHashes("\xF0\x9F\x98\x80"), lineHashes("\xE2\x82\xAC"));
}

TEST(LineHashTest, LongLinesEachGetAHash) {
  std::string Text(250, 'x');
  Text += "\nend";
  Hashes H = lineHashes(Text);
  ASSERT_EQ(H.size(), 2u);
  EXPECT_NE(H[0], H[1]);
}

} // namespace
