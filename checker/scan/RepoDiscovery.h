//===--- RepoDiscovery.h - The repositories inside scanned folders -*- C++ -*-===//
//
// A scanned folder holds repositories: git roots (a `.git` folder or file),
// and the sub-folders of vendor/, third_party/, external/, deps/ and
// 3rdparty/, each its own repository wherever they are (nested ones are
// separate). A folder of plain copies without `.git` still gives one
// repository per top-level sub-folder that holds sources.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_SCAN_REPODISCOVERY_H
#define METRICS_INIT_CHECK_CHECKER_SCAN_REPODISCOVERY_H

#include "TreeWalk.h"

#include "llvm/Support/Error.h"

namespace metrics_init_check {
namespace scan {

struct Repository {
  /// Its id in reports: the path below the scanned folder ("svc/vendor/lib"),
  /// the scanned folder's name when it is the repository itself.
  std::string Name;
  std::string Root;  ///< absolute, real
  std::string Bound; ///< the scanned folder it was found in (absolute, real)
  /// The outermost repository it is nested in (its own name when it is
  /// not nested): a service and the libraries vendored into it are one
  /// group, analysed with each other's summaries and never sharded apart.
  std::string Group;
  TreeContents Files;
};

/// Every repository inside \p Dirs, sorted by name. Fails when a folder
/// cannot be resolved.
llvm::Expected<std::vector<Repository>>
discoverRepositories(llvm::ArrayRef<std::string> Dirs);

} // namespace scan
} // namespace metrics_init_check

#endif
