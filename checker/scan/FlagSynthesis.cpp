//===--- FlagSynthesis.cpp - Compile flags for a tree with no build -------===//

#include "FlagSynthesis.h"
#include "FileSafety.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

#include <algorithm>
#include <map>

namespace metrics_init_check {
namespace scan {

namespace path = llvm::sys::path;

static unsigned standardYear(llvm::StringRef Std) {
  // c++2a, c++2b: drafts of 20 and 23.
  Std.consume_front("gnu++") || Std.consume_front("c++");
  static const std::map<std::string, unsigned> Years = {
      {"98", 98}, {"03", 103}, {"0x", 111}, {"11", 111}, {"1y", 114},
      {"14", 114}, {"1z", 117}, {"17", 117}, {"2a", 120}, {"20", 120},
      {"2b", 123}, {"23", 123}, {"2c", 126}, {"26", 126}};
  auto It = Years.find(Std.str());
  return It == Years.end() ? 0 : It->second;
}

std::optional<std::string> standardFromBuildFile(llvm::StringRef Text) {
  static const char *Patterns[] = {
      "CMAKE_CXX_STANDARD[ \t]+\"?([0-9][0-9])",
      "cxx_std_([0-9][0-9])",
      "-std=(c|gnu)\\+\\+([0-9][0-9a-z])",
      "cpp_std=(c|gnu)\\+\\+([0-9][0-9a-z])",
      "CXX_STANDARD[ \t]+\"?([0-9][0-9])",
  };
  unsigned Best = 0;
  std::string BestText;
  for (const char *Pattern : Patterns) {
    llvm::Regex R(Pattern);
    llvm::StringRef Rest = Text;
    llvm::SmallVector<llvm::StringRef, 3> Match;
    while (R.match(Rest, &Match)) {
      llvm::StringRef Version = Match.back();
      unsigned Year = standardYear(Version);
      if (Year > Best) {
        Best = Year;
        BestText = ("c++" + Version).str();
      }
      Rest = Rest.drop_front(Match[0].data() - Rest.data() + Match[0].size());
    }
  }
  if (!Best)
    return std::nullopt;
  // Older than C++11 in a build file is a floor, not a wish; the metrics
  // libraries need 11 at least.
  if (Best < 111)
    return std::string("c++11");
  return BestText;
}

SynthesisedFlags synthesiseFlags(llvm::StringRef Root,
                                 const TreeContents &Tree,
                                 llvm::ArrayRef<std::string> Vendored) {
  SynthesisedFlags Flags;
  for (const std::string &File : Tree.BuildFiles) {
    std::string Why;
    std::optional<std::string> Text = readChecked(File, Why);
    if (!Text)
      continue;
    if (std::optional<std::string> Std = standardFromBuildFile(*Text))
      if (standardYear(*Std) > standardYear(Flags.CxxStandard) ||
          Flags.StandardFrom.empty()) {
        Flags.CxxStandard = *Std;
        Flags.StandardFrom =
            llvm::StringRef(File).drop_front(Root.size()).ltrim('/').str() +
            ": " + *Std;
      }
  }

  // Headers by file name, to find the folders that resolve a spelling.
  llvm::StringMap<std::vector<llvm::StringRef>> ByName;
  for (const std::string &Header : Tree.Headers)
    ByName[path::filename(Header)].push_back(Header);
  for (const std::string &Header : Vendored)
    ByName[path::filename(Header)].push_back(Header);
  std::map<std::string, unsigned> Resolving; // folder -> spellings resolved
  llvm::StringMap<bool> Seen;
  auto Scan = [&](const std::string &File) {
    std::string Why;
    std::optional<std::string> Text = readChecked(File, Why);
    if (!Text)
      return;
    for (const std::string &Spelling : includeSpellings(*Text)) {
      if (!Seen.insert({Spelling, true}).second)
        continue;
      auto It = ByName.find(path::filename(Spelling));
      if (It == ByName.end())
        continue;
      for (llvm::StringRef Header : It->second) {
        if (!Header.ends_with(Spelling))
          continue;
        llvm::StringRef Dir = Header.drop_back(Spelling.size());
        if (!Dir.ends_with("/"))
          continue;
        ++Resolving[Dir.drop_back().str()];
      }
    }
  };
  for (const std::string &File : Tree.Sources)
    Scan(File);
  for (const std::string &File : Tree.Headers)
    Scan(File);
  std::vector<std::pair<unsigned, std::string>> Ranked;
  for (const auto &[Dir, Count] : Resolving)
    Ranked.push_back({Count, Dir});
  // Most spellings resolved first; ties by name, for the same flags on
  // every run.
  std::sort(Ranked.begin(), Ranked.end(), [](const auto &A, const auto &B) {
    return A.first != B.first ? A.first > B.first : A.second < B.second;
  });
  for (const auto &Entry : Ranked)
    Flags.IncludeDirs.push_back(Entry.second);
  if (std::find(Flags.IncludeDirs.begin(), Flags.IncludeDirs.end(), Root) ==
      Flags.IncludeDirs.end())
    Flags.IncludeDirs.push_back(Root.str());
  return Flags;
}

std::vector<std::string> synthesisedCommand(const SynthesisedFlags &Flags,
                                            llvm::StringRef File,
                                            llvm::StringRef StubDir) {
  bool IsC = path::extension(File) == ".c";
  std::vector<std::string> Args = {IsC ? "clang" : "clang++"};
  Args.push_back(IsC ? "-std=" + Flags.CStandard
                     : "-std=" + Flags.CxxStandard);
  for (const std::string &Dir : Flags.IncludeDirs)
    Args.push_back("-I" + Dir);
  Args.push_back("-ferror-limit=0");
  if (!StubDir.empty()) {
    Args.push_back("-idirafter");
    Args.push_back(StubDir.str());
  }
  Args.push_back("-c");
  Args.push_back(File.str());
  return Args;
}

} // namespace scan
} // namespace metrics_init_check
