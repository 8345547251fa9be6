//===--- CodeOwnership.h - Whose code a place is ------------------*- C++ -*-===//
//
// A finding is worth reading only in the code its reader owns: the
// service's own sources. Not in system headers, not in the vendored
// copies of other projects (`third_party/`, `_deps/`), not inside a metrics
// library's own implementation (a library creating its internal bvars on a
// request path is not a service skipping its set-up), and not in test and
// benchmark programs, which fill registries and never serve by design.
//
// The rule packs say what is a library (`library_namespaces`,
// `library_paths`), which folders hold dependencies and what marks a test;
// the front end says where the project is (its source root) and what the
// user wants reported anyway (`--report-in`). See docs/whose-code.md.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_CODEOWNERSHIP_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_CODEOWNERSHIP_H

#include "ApiModel.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/GlobPattern.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace metrics_init_check {

struct OwnershipOptions {
  /// The project's source root (absolute). Folder names are judged only
  /// below it: a project checked out under `~/vendor/` is still its own.
  /// Empty: no path is judged by its folders (the clang-tidy plugin, where
  /// clang-tidy's own header filter decides).
  std::string SourceRoot;
  /// Build directories: generated code there is not the project's.
  std::vector<std::string> ExcludedRoots;
  /// Path globs reported even when they are a library's or a dependency's
  /// (`--report-in`, `ReportIn`): for people who scan a library on purpose.
  std::vector<std::string> ReportIn;
  /// Analyse test and benchmark programs as services.
  bool IncludeTests = false;
  /// Sources of the programs the build runs as tests (CMake's add_test),
  /// absolute, each with its test's name; shared by every TU.
  std::shared_ptr<const llvm::StringMap<std::string>> TestSources;
};

class CodeOwnership {
public:
  CodeOwnership(const clang::ASTContext &Ctx, const ApiModel &Api,
                const OwnershipOptions &Options);

  /// Why a finding at \p Loc is not the project's to fix ("in a system
  /// header", "in prometheus-cpp's own code"), or nothing when it is.
  std::optional<std::string> notOwned(clang::SourceLocation Loc) const;

  /// Whether \p FD is a metrics library's own implementation: what it does
  /// inside is not the service's set-up (only the packs' APIs are), so the
  /// TU's facts treat it as opaque. `--report-in` makes it the user's.
  bool isLibraryFunction(const clang::FunctionDecl *FD) const;

  /// Why the TU is a test or benchmark program rather than a service
  /// ("declares '::testing::Test'", "under 'tests/'"), or nothing.
  /// Always nothing with IncludeTests.
  std::optional<std::string> testProgram() const;

private:
  struct FileVerdict {
    std::optional<std::string> NotOwned;
    bool Library = false;
    bool Widened = false;
  };
  const FileVerdict &verdict(clang::FileID File) const;
  /// The path below the source root, or empty when outside it.
  std::optional<std::string> relative(llvm::StringRef Absolute) const;
  bool widened(llvm::StringRef Absolute) const;
  /// Whether \p Loc lies in the body of a library namespace.
  bool inLibraryNamespace(clang::SourceLocation Loc) const;
  void collectLibraryNamespaces() const;
  std::vector<std::pair<unsigned, unsigned>>
  libraryNamespacesInText(clang::FileID File) const;

  const clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const ApiModel &Api;
  OwnershipOptions Options;
  std::vector<llvm::GlobPattern> ReportIn;
  mutable llvm::DenseMap<clang::FileID, FileVerdict> Files;
  /// Expansion ranges of the outermost library namespaces, by file.
  mutable std::optional<
      llvm::DenseMap<clang::FileID, std::vector<std::pair<unsigned, unsigned>>>>
      LibraryRanges;
  /// The same, read from the text of files with skipped code.
  mutable llvm::DenseMap<clang::FileID,
                         std::vector<std::pair<unsigned, unsigned>>>
      TextRanges;
};

} // namespace metrics_init_check

#endif
