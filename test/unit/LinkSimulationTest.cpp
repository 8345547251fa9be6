//===--- LinkSimulationTest.cpp - GNU ld's member selection, replayed ------===//

#include "LinkSimulation.h"

#include "gtest/gtest.h"

#include <map>

using namespace metrics_init_check;

namespace {

/// Object files by id, each with what it defines and references.
class LinkSimulationTest : public ::testing::Test {
protected:
  unsigned object(std::vector<std::string> Defined,
                  std::vector<std::string> Referenced = {}) {
    unsigned Id = Facts.size();
    LinkFacts &F = Facts[Id];
    F.Collected = true;
    F.Defined = std::move(Defined);
    F.Referenced = std::move(Referenced);
    return Id;
  }

  LinkOutcome link(llvm::ArrayRef<LinkInput> Inputs) {
    return simulateLink(
        Inputs, [&](unsigned Id) -> const LinkFacts & { return Facts.at(Id); });
  }

  static LinkInput objects(std::vector<unsigned> Members) {
    LinkInput In;
    In.Kind = LinkInput::Object;
    In.Members = std::move(Members);
    return In;
  }
  static LinkInput archive(std::vector<unsigned> Members, bool Whole = false) {
    LinkInput In;
    In.Kind = LinkInput::Archive;
    In.Members = std::move(Members);
    In.WholeArchive = Whole;
    return In;
  }
  static LinkInput shared(std::vector<unsigned> Members, bool AsNeeded) {
    LinkInput In;
    In.Kind = LinkInput::SharedLibrary;
    In.Members = std::move(Members);
    In.AsNeeded = AsNeeded;
    return In;
  }

  std::map<unsigned, LinkFacts> Facts;
};

TEST_F(LinkSimulationTest, ObjectsAreAlwaysLinked) {
  unsigned Main = object({"main"}), Unused = object({"unused"});
  LinkOutcome Out = link({objects({Main, Unused})});
  EXPECT_EQ(Out.Kept, std::vector<bool>({true}));
  EXPECT_TRUE(Out.Linked.count(Main));
  EXPECT_TRUE(Out.Linked.count(Unused));
}

TEST_F(LinkSimulationTest, ArchiveMemberPulledOnlyWhenItResolvesSomething) {
  unsigned Main = object({"main"}, {"f"});
  unsigned F = object({"f"}), Registrar = object({"registrar_init"});
  LinkOutcome Out = link({objects({Main}), archive({F, Registrar})});
  EXPECT_EQ(Out.Kept, std::vector<bool>({true, true}));
  EXPECT_TRUE(Out.Linked.count(F));
  EXPECT_FALSE(Out.Linked.count(Registrar)) << "nothing references it";
}

TEST_F(LinkSimulationTest, ArchiveWithNothingNeededIsNotKept) {
  unsigned Main = object({"main"});
  unsigned Registrar = object({"registrar_init"});
  LinkOutcome Out = link({objects({Main}), archive({Registrar})});
  EXPECT_EQ(Out.Kept, std::vector<bool>({true, false}));
  EXPECT_EQ(Out.Linked.size(), 1u);
}

TEST_F(LinkSimulationTest, PulledMembersPullFurtherMembersOfTheSameArchive) {
  // b comes before a in the archive, but a's reference pulls it on the
  // next pass over the symbol table.
  unsigned Main = object({"main"}, {"a"});
  unsigned B = object({"b"}), A = object({"a"}, {"b"});
  LinkOutcome Out = link({objects({Main}), archive({B, A})});
  EXPECT_TRUE(Out.Linked.count(A));
  EXPECT_TRUE(Out.Linked.count(B));
}

TEST_F(LinkSimulationTest, ArchiveBeforeItsUserIsNotRescanned) {
  // As with ld and no --start-group: the archive comes first, so nothing
  // is undefined when it is scanned.
  unsigned F = object({"f"});
  unsigned Main = object({"main"}, {"f"});
  LinkOutcome Out = link({archive({F}), objects({Main})});
  EXPECT_EQ(Out.Kept, std::vector<bool>({false, true}));
  EXPECT_FALSE(Out.Linked.count(F));
}

TEST_F(LinkSimulationTest, DefinedSymbolIsNotUndefinedAgain) {
  // main defines f itself: the archive's f is not needed.
  unsigned Main = object({"main", "f"}, {"f"});
  unsigned F = object({"f"});
  LinkOutcome Out = link({objects({Main}), archive({F})});
  EXPECT_FALSE(Out.Linked.count(F));
}

TEST_F(LinkSimulationTest, WholeArchiveLinksEveryMember) {
  unsigned Main = object({"main"});
  unsigned R1 = object({"r1"}), R2 = object({"r2"});
  LinkOutcome Out = link({objects({Main}), archive({R1, R2}, /*Whole=*/true)});
  EXPECT_EQ(Out.Kept, std::vector<bool>({true, true}));
  EXPECT_TRUE(Out.Linked.count(R1));
  EXPECT_TRUE(Out.Linked.count(R2));
  EXPECT_EQ(link({archive({}, /*Whole=*/true)}).Kept, std::vector<bool>({false}))
      << "an empty archive is never kept";
}

TEST_F(LinkSimulationTest, AsNeededSharedLibraryKeptOnlyWhenUsed) {
  unsigned Main = object({"main"}, {"used"});
  unsigned Used = object({"used"}), Unused = object({"metrics_only"});
  LinkOutcome Out = link({objects({Main}), shared({Used}, /*AsNeeded=*/true),
                          shared({Unused}, /*AsNeeded=*/true)});
  EXPECT_EQ(Out.Kept, std::vector<bool>({true, true, false}));
  EXPECT_TRUE(Out.Linked.count(Used));
  EXPECT_FALSE(Out.Linked.count(Unused));
}

TEST_F(LinkSimulationTest, SharedLibraryWithoutAsNeededIsAlwaysKept) {
  unsigned Main = object({"main"});
  unsigned Lib1 = object({"a"}), Lib2 = object({"b"});
  LinkOutcome Out =
      link({objects({Main}), shared({Lib1, Lib2}, /*AsNeeded=*/false)});
  EXPECT_EQ(Out.Kept, std::vector<bool>({true, true}));
  EXPECT_TRUE(Out.Linked.count(Lib1));
  EXPECT_TRUE(Out.Linked.count(Lib2));
}

TEST_F(LinkSimulationTest, KeptSharedLibraryResolvesLaterArchives) {
  // A shared library kept for one symbol brings all its members' needs
  // with it: they pull from an archive after it.
  unsigned Main = object({"main"}, {"s"});
  unsigned S = object({"s"}, {"from_archive"});
  unsigned Member = object({"from_archive"});
  LinkOutcome Out = link({objects({Main}), shared({S}, /*AsNeeded=*/true),
                          archive({Member})});
  EXPECT_EQ(Out.Kept, std::vector<bool>({true, true, true}));
  EXPECT_TRUE(Out.Linked.count(Member));
}

} // namespace
