//===--- FlagSynthesis.h - Compile flags for a tree with no build -*- C++ -*-===//
//
// Without a compile database and without running the tree's build, flags
// are read off the tree's text: the include folders that make its own
// `#include` spellings resolve, the language standard its build files ask
// for (CMAKE_CXX_STANDARD, cxx_std_NN, -std= in Makefiles). Clang then
// recovers from what is still missing (-ferror-limit=0).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_FLAGSYNTHESIS_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_FLAGSYNTHESIS_H

#include "SourceText.h"
#include "TreeWalk.h"

#include "llvm/ADT/ArrayRef.h"

namespace metrics_init_check {
namespace scan {

struct SynthesisedFlags {
  std::string CxxStandard = "c++17"; ///< what -std= the C++ TUs get
  std::string CStandard = "gnu11";
  std::vector<std::string> IncludeDirs; ///< absolute, best first
  /// Where the standard came from ("CMakeLists.txt: cxx_std_20"), or empty.
  std::string StandardFrom;
};

/// The C++ standard (e.g. "c++20") \p BuildFileText asks for, if any.
std::optional<std::string> standardFromBuildFile(llvm::StringRef Text);

/// Reads \p Tree's sources, headers and build files (only those the walk
/// accepted) and derives the flags.
/// \p Vendored: the headers of the repositories nested in it, which its
/// own #include spellings may name ("foo/foo.h" from third_party/foo/).
SynthesisedFlags synthesiseFlags(llvm::StringRef Root,
                                 const TreeContents &Tree,
                                 llvm::ArrayRef<std::string> Vendored = {});

/// The command line for \p File with \p Flags; \p StubDir (may be empty)
/// comes last as -idirafter, so real headers always win.
std::vector<std::string> synthesisedCommand(const SynthesisedFlags &Flags,
                                            llvm::StringRef File,
                                            llvm::StringRef StubDir);

} // namespace scan
} // namespace metrics_init_check

#endif
