//===--- CTestPrograms.cpp - Programs a CMake build runs as tests ---------===//

#include "CTestPrograms.h"
#include "CMakeFileApi.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace metrics_init_check {

namespace {

/// One argument of a CMake command as CTest files write it: `name`,
/// `"quoted"` or `[=[bracketed]=]`. Advances \p Text past it.
std::string nextArgument(llvm::StringRef &Text) {
  Text = Text.ltrim();
  if (Text.consume_front("\"")) {
    size_t End = Text.find('"');
    std::string Arg = Text.take_front(End).str();
    Text = End == llvm::StringRef::npos ? "" : Text.drop_front(End + 1);
    return Arg;
  }
  if (Text.starts_with("[")) {
    size_t Open = Text.find('[', 1);
    if (Open != llvm::StringRef::npos) {
      std::string Close = "]" + Text.slice(1, Open).str() + "]";
      llvm::StringRef Body = Text.drop_front(Open + 1);
      size_t End = Body.find(Close);
      std::string Arg = Body.take_front(End).str();
      Text = End == llvm::StringRef::npos ? ""
                                          : Body.drop_front(End + Close.size());
      return Arg;
    }
  }
  size_t End = Text.find_first_of(" \t\r\n)");
  std::string Arg = Text.take_front(End).str();
  Text = Text.drop_front(std::min(End, Text.size()));
  return Arg;
}

/// Test name -> command, from every CTestTestfile.cmake below \p BuildDir.
std::vector<std::pair<std::string, std::string>>
readTests(llvm::StringRef BuildDir) {
  std::vector<std::pair<std::string, std::string>> Tests;
  std::error_code EC;
  unsigned Files = 0;
  // Not following links: the build directory's own files only.
  for (llvm::sys::fs::recursive_directory_iterator It(BuildDir, EC,
                                                      /*follow=*/false),
       End;
       It != End && !EC && Files < 10000; It.increment(EC)) {
    if (llvm::sys::path::filename(It->path()) != "CTestTestfile.cmake")
      continue;
    ++Files;
    auto Buffer = llvm::MemoryBuffer::getFile(It->path());
    if (!Buffer || (*Buffer)->getBufferSize() > (8u << 20))
      continue;
    llvm::StringRef Text = (*Buffer)->getBuffer();
    for (size_t At = Text.find("add_test("); At != llvm::StringRef::npos;
         At = Text.find("add_test(", At + 1)) {
      llvm::StringRef Rest = Text.drop_front(At + strlen("add_test("));
      std::string Name = nextArgument(Rest);
      std::string Command = nextArgument(Rest);
      if (!Name.empty() && !Command.empty())
        Tests.push_back({Name, Command});
    }
  }
  return Tests;
}

} // namespace

llvm::StringMap<std::string> ctestSources(llvm::StringRef BuildDir) {
  llvm::StringMap<std::string> Out;
  if (BuildDir.empty())
    return Out;
  llvm::SmallString<256> Top(BuildDir);
  llvm::sys::path::append(Top, "CTestTestfile.cmake");
  if (!llvm::sys::fs::exists(Top))
    return Out;
  std::vector<std::pair<std::string, std::string>> Tests = readTests(BuildDir);
  if (Tests.empty())
    return Out;
  llvm::Expected<BuildGraph> Graph = readCMakeFileApi(BuildDir);
  if (!Graph) {
    llvm::consumeError(Graph.takeError()); // no reply: tests by markers only
    return Out;
  }
  for (const auto &[Name, Command] : Tests)
    for (const BuildTarget &T : Graph->Targets)
      if (T.Kind == TargetKind::Executable &&
          llvm::is_contained(T.Artifacts, Command))
        for (const std::string &Source : T.Sources)
          Out.try_emplace(Source, Name);
  return Out;
}

} // namespace metrics_init_check
