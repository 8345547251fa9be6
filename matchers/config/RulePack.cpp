//===--- RulePack.cpp - Metrics library descriptions as data ---------------===//
//
// Role names, packs made of options, packs read from files. The JSON
// reader itself is PackReader.cpp.
//
//===----------------------------------------------------------------------===//

#include "RulePack.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

llvm::StringRef apiRoleName(ApiRole Role) {
  switch (Role) {
  case ApiRole::Create:
    return "create";
  case ApiRole::Register:
    return "register";
  case ApiRole::Expose:
    return "expose";
  case ApiRole::SelfRegister:
    return "self_register";
  case ApiRole::Serve:
    return "serve";
  case ApiRole::Entry:
    return "entry";
  case ApiRole::Exit:
    return "exit";
  }
  llvm_unreachable("unknown ApiRole");
}

llvm::Expected<RulePack> packFromOptions(llvm::StringRef ServePoints,
                                         llvm::StringRef EntryPoints) {
  // Built as JSON so the names are checked like any pack's.
  nlohmann::json Pack;
  Pack["pack"] = "options";
  auto Names = [](llvm::StringRef List) {
    nlohmann::json Out = nlohmann::json::array();
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    List.split(Parts, ';', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef Part : Parts)
      if (!Part.trim().empty())
        Out.push_back(Part.trim().str());
    return Out;
  };
  Pack["serve_points"] = Names(ServePoints);
  Pack["entry_points"] = Names(EntryPoints);
  std::string Text = Pack.dump(2);
  return parseRulePack(Text, "<ServePoints/EntryPoints options>");
}

llvm::Expected<RulePack> loadRulePackFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(
        Buffer.getError(), llvm::formatv("{0}: error: cannot read rule pack: "
                                         "{1}",
                                         Path, Buffer.getError().message())
                               .str());
  return parseRulePack((*Buffer)->getBuffer(), Path);
}

} // namespace metrics_init_check
