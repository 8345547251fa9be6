//===--- TidyConfig.h - The metrics-* part of a .clang-tidy file -*- C++ -*-===//
//
// One configuration for both front ends: the CLI reads the same
// `.clang-tidy` as the plugin (the nearest one above the current
// directory, or --config-file), takes `Checks` when it mentions metrics-*
// rules, and the `CheckOptions` for them (`<rule>.<Option>`, `RulePacks`).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_TIDYCONFIG_H
#define METRICS_INIT_CHECK_CHECKER_CLI_TIDYCONFIG_H

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace metrics_init_check {

struct TidyConfig {
  std::string Path; ///< where it was read from; empty when none was found
  std::optional<std::string> Checks;
  std::vector<std::pair<std::string, std::string>> CheckOptions;
  /// Found by looking above the current directory rather than named by
  /// --config-file: it comes with the analysed tree, and is restricted by
  /// restrictTreeConfig.
  bool FromTree = false;
  /// Settings restrictTreeConfig left out, each with the reason.
  std::vector<std::string> Refused;
};

/// Reads \p Path, or when it is empty and \p Search is true the nearest
/// `.clang-tidy` in the current directory or its parents. No file is not
/// an error.
llvm::Expected<TidyConfig> readTidyConfig(llvm::StringRef Path,
                                          bool Search = true);

/// A `.clang-tidy` of the analysed tree may configure rules, not where the
/// tool writes or what it reads: drops an IndexDir outside the file's
/// directory and \p BuildDir (the -p directory; may be empty), and
/// RulePacks outside the file's directory, recording each in Refused.
/// Paths are compared after symbolic links and `..` are resolved.
void restrictTreeConfig(TidyConfig &Config, llvm::StringRef BuildDir);

} // namespace metrics_init_check

#endif
