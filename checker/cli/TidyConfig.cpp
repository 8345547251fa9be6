//===--- TidyConfig.cpp - The metrics-* part of a .clang-tidy file ---------===//

#include "TidyConfig.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace metrics_init_check {

namespace {

std::string scalar(llvm::yaml::Node *N) {
  llvm::SmallString<64> Storage;
  if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N))
    return S->getValue(Storage).str();
  if (auto *B = llvm::dyn_cast_or_null<llvm::yaml::BlockScalarNode>(N))
    return B->getValue().str();
  return "";
}

/// \p Path made absolute, with `..` and symbolic links resolved; a part
/// that does not exist yet (an index directory to create) is appended to
/// the resolved part that does.
std::string resolvedPath(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Existing(Absolute), Rest;
  while (!Existing.empty() && !llvm::sys::fs::exists(Existing)) {
    llvm::SmallString<256> Tail(llvm::sys::path::filename(Existing));
    llvm::sys::path::append(Tail, Rest);
    Rest = Tail;
    llvm::StringRef Parent = llvm::sys::path::parent_path(Existing);
    if (Parent == Existing)
      break;
    Existing = Parent;
  }
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Existing, Real))
    Real = Existing;
  if (!Rest.empty())
    llvm::sys::path::append(Real, Rest);
  return std::string(Real);
}

bool isUnder(llvm::StringRef Path, llvm::StringRef Dir) {
  if (Dir.empty())
    return false;
  if (Dir.size() > 1 && Dir.ends_with("/"))
    Dir = Dir.drop_back();
  return Path == Dir ||
         (Path.starts_with(Dir) &&
          (Dir == "/" || Path.substr(Dir.size()).starts_with("/")));
}

std::string findUpwards() {
  llvm::SmallString<256> Dir;
  if (llvm::sys::fs::current_path(Dir))
    return "";
  while (!Dir.empty()) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, ".clang-tidy");
    if (llvm::sys::fs::is_regular_file(Candidate))
      return std::string(Candidate);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

} // namespace

llvm::Expected<TidyConfig> readTidyConfig(llvm::StringRef Given,
                                          bool Search) {
  TidyConfig Config;
  Config.FromTree = Given.empty() && Search;
  Config.Path = !Given.empty() ? Given.str() : Search ? findUpwards() : "";
  if (Config.Path.empty())
    return Config;
  auto Buffer = llvm::MemoryBuffer::getFile(Config.Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "%s: cannot read: %s", Config.Path.c_str(),
                                   Buffer.getError().message().c_str());
  llvm::SourceMgr SM;
  std::string Errors;
  llvm::raw_string_ostream ErrorStream(Errors);
  SM.setDiagHandler(
      [](const llvm::SMDiagnostic &D, void *Out) {
        D.print(nullptr, *static_cast<llvm::raw_string_ostream *>(Out),
                /*ShowColors=*/false);
      },
      &ErrorStream);
  llvm::yaml::Stream Stream((*Buffer)->getMemBufferRef(), SM);
  for (llvm::yaml::Document &Doc : Stream) {
    auto *Root = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Doc.getRoot());
    if (!Root)
      continue;
    for (llvm::yaml::KeyValueNode &KV : *Root) {
      std::string Key = scalar(KV.getKey());
      if (Key == "Checks") {
        Config.Checks = scalar(KV.getValue());
      } else if (Key == "CheckOptions") {
        // Either {key: value, ...} or [{key: k, value: v}, ...].
        if (auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(
                KV.getValue())) {
          for (llvm::yaml::KeyValueNode &Opt : *Map)
            Config.CheckOptions.emplace_back(scalar(Opt.getKey()),
                                             scalar(Opt.getValue()));
        } else if (auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(
                       KV.getValue())) {
          for (llvm::yaml::Node &Item : *Seq)
            if (auto *Entry = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item)) {
              std::string OptKey, OptValue;
              for (llvm::yaml::KeyValueNode &Field : *Entry) {
                std::string Name = scalar(Field.getKey());
                if (Name == "key")
                  OptKey = scalar(Field.getValue());
                else if (Name == "value")
                  OptValue = scalar(Field.getValue());
              }
              Config.CheckOptions.emplace_back(OptKey, OptValue);
            }
        }
      } else {
        KV.skip();
      }
    }
  }
  ErrorStream.flush();
  if (!Errors.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s",
                                   Errors.c_str());
  return Config;
}

void restrictTreeConfig(TidyConfig &Config, llvm::StringRef BuildDir) {
  if (!Config.FromTree || Config.Path.empty())
    return;
  // Where the file was found, not where a link to it points.
  std::string Tree = resolvedPath(llvm::sys::path::parent_path(Config.Path));
  std::string Build = BuildDir.empty() ? "" : resolvedPath(BuildDir);
  std::vector<std::pair<std::string, std::string>> Kept;
  for (auto &[Key, Value] : Config.CheckOptions) {
    llvm::StringRef K = Key;
    if (K == "IndexDir" || K.ends_with(".IndexDir")) {
      std::string Dir = resolvedPath(Value);
      if (!Value.empty() && !isUnder(Dir, Tree) && !isUnder(Dir, Build)) {
        Config.Refused.push_back(
            Key + "=" + Value + " of " + Config.Path +
            " ignored: a .clang-tidy found in the analysed tree may write "
            "only under its directory '" + Tree +
            "' or the build directory (--index-dir chooses any)");
        continue;
      }
    } else if (K == "RulePacks" || (K.starts_with("metrics-") &&
                                    K.ends_with(".RulePacks"))) {
      llvm::SmallVector<llvm::StringRef, 4> Paths;
      K = Value;
      K.split(Paths, ';', -1, /*KeepEmpty=*/false);
      std::string Allowed;
      for (llvm::StringRef P : Paths) {
        if (P.trim().empty())
          continue;
        if (!isUnder(resolvedPath(P.trim()), Tree)) {
          Config.Refused.push_back(
              "rule pack '" + P.trim().str() + "' in " + Key + " of " +
              Config.Path +
              " ignored: a .clang-tidy found in the analysed tree may read "
              "rule packs only under its directory '" + Tree +
              "' (--rules reads any)");
          continue;
        }
        Allowed += (Allowed.empty() ? "" : ";") + P.trim().str();
      }
      if (Allowed.empty())
        continue;
      Kept.emplace_back(Key, Allowed);
      continue;
    }
    Kept.emplace_back(std::move(Key), std::move(Value));
  }
  Config.CheckOptions = std::move(Kept);
}

} // namespace metrics_init_check
