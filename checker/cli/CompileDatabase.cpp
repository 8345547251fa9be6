//===--- CompileDatabase.cpp - Where the CLI's compile commands come from --===//

#include "CompileDatabase.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace metrics_init_check {

/// Loads -p, or the flags after `--`, or a database found next to the
/// first source file.
std::unique_ptr<clang::tooling::CompilationDatabase>
loadDatabase(llvm::StringRef BuildPath, llvm::ArrayRef<std::string> Sources,
             std::unique_ptr<clang::tooling::CompilationDatabase> Fixed,
             std::string &Error) {
  using namespace clang::tooling;
  if (!BuildPath.empty()) {
    llvm::SmallString<256> Path(BuildPath);
    if (llvm::sys::fs::is_directory(Path))
      llvm::sys::path::append(Path, "compile_commands.json");
    if (!llvm::sys::fs::exists(Path)) {
      Error = "no compilation database at '" + std::string(Path) +
              "': configure the build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, "
              "or pass compiler flags after '--'";
      return nullptr;
    }
    std::string LoadError;
    auto DB = JSONCompilationDatabase::loadFromFile(
        Path, LoadError, JSONCommandLineSyntax::AutoDetect);
    if (!DB) {
      Error = "cannot load compilation database '" + std::string(Path) +
              "': " + LoadError;
      return nullptr;
    }
    // Response files expanded here, so that the options in them are
    // checked like the others (CommandSafety.h).
    return inferMissingCompileCommands(
        expandResponseFiles(std::move(DB), llvm::vfs::getRealFileSystem()));
  }
  if (Fixed)
    return Fixed;
  if (!Sources.empty()) {
    std::string Ignored;
    if (auto DB = CompilationDatabase::autoDetectFromSource(Sources.front(),
                                                            Ignored))
      return inferMissingCompileCommands(expandResponseFiles(
          std::move(DB), llvm::vfs::getRealFileSystem()));
  }
  Error = "no compilation database: pass -p <build-dir> (with "
          "compile_commands.json) or compiler flags after '--'";
  return nullptr;
}

} // namespace metrics_init_check
