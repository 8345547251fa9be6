//===--- OutputFile.cpp - Reports and fixed sources, written atomically ----===//

#include "OutputFile.h"

#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

namespace metrics_init_check {

static llvm::Error fileError(llvm::StringRef Path, const llvm::Twine &What,
                             std::error_code EC) {
  return llvm::createStringError(EC, "%s: %s: %s", Path.str().c_str(),
                                 What.str().c_str(), EC.message().c_str());
}

llvm::Error writeFileAtomically(llvm::StringRef Path,
                                llvm::StringRef Contents) {
  if (Path == "-") {
    llvm::outs() << Contents;
    llvm::outs().flush();
    return llvm::Error::success();
  }
  llvm::SmallString<256> Temp;
  int FD;
  llvm::SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%";
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, Temp))
    return fileError(Path, "cannot create a file beside it", EC);
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Contents;
    OS.close();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return fileError(Path, "cannot write", EC);
    }
  }
  // Keep the permissions of a file we replace (a fixed source file).
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Path, Status))
    llvm::sys::fs::setPermissions(Temp, Status.permissions());
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    return fileError(Path, "cannot replace", EC);
  }
  return llvm::Error::success();
}

llvm::Error checkWritable(llvm::StringRef Path) {
  if (Path == "-")
    return llvm::Error::success();
  llvm::SmallString<256> Dir(Path);
  llvm::sys::path::remove_filename(Dir);
  if (Dir.empty())
    Dir = ".";
  if (llvm::sys::fs::is_directory(Path))
    return fileError(Path, "cannot write the report",
                     std::make_error_code(std::errc::is_a_directory));
  llvm::SmallString<256> Probe;
  int FD;
  llvm::SmallString<256> Model(Dir);
  llvm::sys::path::append(Model, ".metrics-init-check-probe-%%%%%%");
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, Probe))
    return fileError(Path, "cannot write the report", EC);
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  llvm::sys::fs::remove(Probe);
  return llvm::Error::success();
}

llvm::Error applyFixes(const Report &R, unsigned &Applied,
                       std::vector<std::string> &Skipped,
                       std::vector<std::string> &Changed) {
  // Offsets into other contents would corrupt a file: one that changed
  // since it was analysed (an editor, a concurrent checkout) is left
  // alone, with every fix that touches it.
  llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> Current;
  llvm::StringMap<std::set<std::string>> AnalysedAs;
  for (const ResolvedFinding &F : R.Findings)
    if (!F.suppressed())
      for (const ResolvedReplacement &Edit : F.Fixes)
        AnalysedAs[Edit.Where.File].insert(Edit.ContentHash);
  llvm::StringSet<> Stale;
  for (const auto &Entry : AnalysedAs) {
    llvm::StringRef File = Entry.getKey();
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer)
      return fileError(File, "cannot read to apply fixes", Buffer.getError());
    // Two TUs that saw different contents are as stale as a change.
    if (Entry.getValue().size() != 1 ||
        *Entry.getValue().begin() != contentHash((*Buffer)->getBuffer())) {
      Stale.insert(File);
      Changed.push_back(File.str());
      continue;
    }
    Current[File] = std::move(*Buffer);
  }
  std::sort(Changed.begin(), Changed.end());

  llvm::StringMap<clang::tooling::Replacements> ByFile;
  Applied = 0;
  for (const ResolvedFinding &F : R.Findings) {
    if (F.Fixes.empty() || F.suppressed() ||
        llvm::any_of(F.Fixes, [&](const ResolvedReplacement &Edit) {
          return Stale.count(Edit.Where.File);
        }))
      continue;
    // All edits of one fix, or none of them.
    llvm::StringMap<clang::tooling::Replacements> Trial = ByFile;
    bool Ok = true;
    for (const ResolvedReplacement &Edit : F.Fixes) {
      clang::tooling::Replacement Rep(Edit.Where.File, Edit.Where.Offset,
                                      Edit.Where.Length, Edit.Text);
      if (llvm::Error E = Trial[Edit.Where.File].add(Rep)) {
        llvm::consumeError(std::move(E));
        Ok = false;
        break;
      }
    }
    if (!Ok) {
      Skipped.push_back(F.Where.File + ":" + std::to_string(F.Where.Line));
      continue;
    }
    ByFile = std::move(Trial);
    ++Applied;
  }
  for (const auto &Entry : ByFile) {
    llvm::StringRef File = Entry.getKey();
    llvm::Expected<std::string> Fixed = clang::tooling::applyAllReplacements(
        Current[File]->getBuffer(), Entry.getValue());
    if (!Fixed)
      return Fixed.takeError();
    // The rename that makes the write atomic would replace a symbolic
    // link with a regular file: write through to what it points at.
    llvm::SmallString<256> Target;
    if (std::error_code EC = llvm::sys::fs::real_path(File, Target))
      return fileError(File, "cannot resolve to apply fixes", EC);
    if (llvm::Error E = writeFileAtomically(Target, *Fixed))
      return E;
  }
  return llvm::Error::success();
}

} // namespace metrics_init_check
