//===--- AuditHtmlTest.cpp - The audit page's data and excerpts -----------===//
//
// What the browser test (test/audit/html.test) cannot reach easily: a
// finding whose file is gone or shorter than its line, excerpts at the
// start and end of a file, and the escaping of the page's JSON block.
//
//===----------------------------------------------------------------------===//

#include "AuditHtml.h"
#include "SourceExcerpt.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

using namespace metrics_init_check;

namespace {

class SourceLinesTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("excerpt", "cpp", File));
    std::error_code EC;
    llvm::raw_fd_ostream OS(File, EC);
    ASSERT_FALSE(EC);
    OS << "one\ntwo\r\nthree\nfour\nfive\n";
  }
  void TearDown() override { llvm::sys::fs::remove(File); }
  llvm::SmallString<128> File;
};

TEST_F(SourceLinesTest, ContextStopsAtTheFileEnds) {
  SourceLines Lines;
  std::optional<Excerpt> Start = Lines.around(File, 1, 2);
  ASSERT_TRUE(Start);
  EXPECT_EQ(Start->FirstLine, 1u);
  EXPECT_EQ(Start->Lines, std::vector<std::string>({"one", "two", "three"}));
  std::optional<Excerpt> End = Lines.around(File, 5, 2);
  ASSERT_TRUE(End);
  EXPECT_EQ(End->FirstLine, 3u);
  EXPECT_EQ(End->Lines, std::vector<std::string>({"three", "four", "five"}));
}

TEST_F(SourceLinesTest, SaysWhyThereIsNoExcerpt) {
  SourceLines Lines;
  EXPECT_FALSE(Lines.around(File, 9, 1));
  EXPECT_EQ(Lines.whyNot(File, 9),
            "the file has fewer lines than the finding's (it changed since)");
  EXPECT_FALSE(Lines.around("/nonexistent/gone.cpp", 3, 1));
  EXPECT_EQ(Lines.whyNot("/nonexistent/gone.cpp", 3),
            "the file cannot be read here");
  EXPECT_EQ(Lines.whyNot("", 0), "the finding has no source line");
}

TEST(AuditHtmlTest, ScriptBlockHoldsNoMarkup) {
  nlohmann::json Data = {{"name", "</script><img src=x onerror=alert(1)>"},
                         {"help", "a & b <!-- c"}};
  std::string Text = escapeForScriptBlock(Data);
  EXPECT_EQ(Text.find_first_of("<>&"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(Text), Data);
}

TEST(AuditHtmlTest, PageNamesItsScriptByHash) {
  Report R;
  std::string Page = auditHtml(R, "/src");
  EXPECT_NE(Page.find("script-src 'sha256-"), std::string::npos);
  EXPECT_EQ(Page.find('@' + std::string("DATA@")), std::string::npos);
  EXPECT_NE(Page.find("<script type=\"application/json\" id=\"audit-data\">{"),
            std::string::npos);
}

} // namespace
