//===--- CMakeFileApi.h - The build graph from CMake's File API --*- C++ -*-===//
//
// Which sources make up which library or executable, and how each link is
// spelled, read from the codemodel-v2 reply CMake writes into the build
// directory when a query asks for it (.cmake/api/v1/query/codemodel-v2,
// present before `cmake` configures). Only what the linker rule needs is
// kept: targets, their sources and artifacts, the link command fragments
// in order, and where each was requested in CMakeLists.txt.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_LINK_CMAKEFILEAPI_H
#define METRICS_INIT_CHECK_MATCHERS_LINK_CMAKEFILEAPI_H

#include "PlacedFinding.h"

#include "llvm/Support/Error.h"

#include <optional>

namespace metrics_init_check {

enum class TargetKind { Executable, Static, Shared, Module, Object, Other };

/// One piece of a link command, as CMake reports it: a library path, a
/// flag, "-Xlinker --whole-archive".
struct LinkFragment {
  std::string Text;
  /// The target_link_libraries() call that asked for it, when known.
  std::optional<FilePosition> Origin;
};

struct BuildTarget {
  std::string Name, Id;
  TargetKind Kind = TargetKind::Other;
  /// Absolute, normalised paths of the sources compiled for it.
  std::vector<std::string> Sources;
  /// Object files of OBJECT libraries linked in directly (absolute).
  std::vector<std::string> LinkedObjects;
  /// Absolute paths of what it builds (libfoo.a, libfoo.so, app).
  std::vector<std::string> Artifacts;
  std::vector<LinkFragment> Link;
};

struct BuildGraph {
  std::string SourceDir, BuildDir;
  std::vector<BuildTarget> Targets;

  /// The target that builds \p Path (relative to the build directory, as
  /// link command fragments name them, or absolute).
  const BuildTarget *byArtifact(llvm::StringRef Path) const;
  /// The OBJECT library source an object file was compiled from.
  std::optional<std::pair<const BuildTarget *, std::string>>
  objectSource(llvm::StringRef ObjectPath) const;
};

/// Reads the newest codemodel-v2 reply in \p BuildDir. Fails with a message
/// that says how to request one when there is none.
llvm::Expected<BuildGraph> readCMakeFileApi(llvm::StringRef BuildDir);

/// Writes the query file that makes the next `cmake` run write the reply.
llvm::Error writeCMakeQuery(llvm::StringRef BuildDir);

llvm::StringRef kindName(TargetKind K);

} // namespace metrics_init_check

#endif
