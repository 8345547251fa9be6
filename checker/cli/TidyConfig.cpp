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

llvm::Expected<TidyConfig> readTidyConfig(llvm::StringRef Given) {
  TidyConfig Config;
  Config.Path = Given.empty() ? findUpwards() : Given.str();
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

} // namespace metrics_init_check
