//===--- ScanCache.cpp - Where a scan keeps what it found per TU ----------===//

#include "ScanCache.h"

#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Support/FormatVariadic.h"

#include <cstdlib>

namespace metrics_init_check {
namespace scan {

namespace path = llvm::sys::path;

std::string hashHex(llvm::StringRef Text) {
  return llvm::formatv("{0:x-16}", llvm::xxh3_64bits(Text)).str();
}

std::string defaultCacheDir() {
  llvm::SmallString<256> Dir;
  if (const char *Xdg = std::getenv("XDG_CACHE_HOME"); Xdg && *Xdg) {
    Dir = Xdg;
  } else if (const char *Home = std::getenv("HOME"); Home && *Home) {
    Dir = Home;
    path::append(Dir, ".cache");
  } else {
    return "";
  }
  path::append(Dir, "metrics-init-check", "scan");
  return std::string(Dir);
}

std::string ScanCache::repoDir(llvm::StringRef RepoRoot) const {
  llvm::SmallString<256> Dir(Root);
  path::append(Dir, path::filename(RepoRoot) + "-" + hashHex(RepoRoot));
  return std::string(Dir);
}

std::string ScanCache::indexDir(llvm::StringRef RepoRoot) const {
  return repoDir(RepoRoot) + "/index";
}

std::string ScanCache::firstPhase(llvm::StringRef RepoRoot,
                                  llvm::StringRef Key) const {
  return repoDir(RepoRoot) + "/results/" + Key.str() + "-1.json";
}

std::string ScanCache::secondPhase(llvm::StringRef RepoRoot,
                                   llvm::StringRef Key,
                                   llvm::StringRef ProgramHash) const {
  return repoDir(RepoRoot) + "/results/" + Key.str() + "-2-" +
         ProgramHash.str() + ".json";
}

std::string scanKey(llvm::StringRef File, llvm::StringRef Directory,
                    llvm::ArrayRef<std::string> Args,
                    llvm::StringRef ToolVersion, llvm::StringRef Checks,
                    llvm::StringRef PacksFingerprint) {
  std::string Text;
  auto Add = [&](llvm::StringRef Part) {
    Text += Part;
    Text += '\0';
  };
  Add(File);
  Add(Directory);
  for (const std::string &Arg : Args)
    Add(Arg);
  Add(ToolVersion);
  Add(Checks);
  Add(PacksFingerprint);
  return hashHex(Text);
}

} // namespace scan
} // namespace metrics_init_check
