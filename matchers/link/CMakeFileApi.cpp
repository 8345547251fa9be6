//===--- CMakeFileApi.cpp - The build graph from CMake's File API ----------===//

#include "CMakeFileApi.h"
#include "JsonSafety.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

namespace {

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 Message);
}

std::string absoluteIn(llvm::StringRef Base, llvm::StringRef Path) {
  llvm::SmallString<256> Out(Path);
  if (!llvm::sys::path::is_absolute(Out)) {
    Out = Base;
    llvm::sys::path::append(Out, Path);
  }
  llvm::sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return std::string(Out);
}

llvm::Expected<nlohmann::json> readJson(const std::string &File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return fail("cannot read '" + File + "': " + Buffer.getError().message());
  try {
    return parseJsonBounded((*Buffer)->getBuffer());
  } catch (const nlohmann::json::exception &E) {
    return fail("'" + File + "' is malformed: " + E.what());
  }
}

TargetKind kindOf(llvm::StringRef Type) {
  return llvm::StringSwitch<TargetKind>(Type)
      .Case("EXECUTABLE", TargetKind::Executable)
      .Case("STATIC_LIBRARY", TargetKind::Static)
      .Case("SHARED_LIBRARY", TargetKind::Shared)
      .Case("MODULE_LIBRARY", TargetKind::Module)
      .Case("OBJECT_LIBRARY", TargetKind::Object)
      .Default(TargetKind::Other);
}

/// A backtrace node's file and line: the command that asked for it.
std::optional<FilePosition> origin(const nlohmann::json &Target,
                                   const nlohmann::json &Item,
                                   llvm::StringRef SourceDir) {
  if (!Item.contains("backtrace") || !Target.contains("backtraceGraph"))
    return std::nullopt;
  const nlohmann::json &Graph = Target.at("backtraceGraph");
  const nlohmann::json &Node = Graph.at("nodes").at(
      jsonInteger(Item.at("backtrace"), 0, std::numeric_limits<int>::max()));
  if (!Node.contains("line"))
    return std::nullopt;
  FilePosition P;
  P.File = absoluteIn(SourceDir, Graph.at("files")
                                     .at(jsonInteger(Node.at("file"), 0,
                                                     std::numeric_limits<int>::max()))
                                     .get<std::string>());
  P.Line = jsonUnsigned<unsigned>(Node.at("line"));
  P.Column = 1;
  return P;
}

BuildTarget readTarget(const nlohmann::json &J, llvm::StringRef SourceDir,
                       llvm::StringRef BuildDir) {
  BuildTarget T;
  T.Name = J.at("name").get<std::string>();
  T.Id = J.at("id").get<std::string>();
  T.Kind = kindOf(J.at("type").get<std::string>());
  for (const nlohmann::json &S : J.value("sources", nlohmann::json::array())) {
    std::string Path = S.at("path").get<std::string>();
    if (S.contains("compileGroupIndex"))
      T.Sources.push_back(absoluteIn(SourceDir, Path));
    else if (llvm::StringRef(Path).ends_with(".o") ||
             llvm::StringRef(Path).ends_with(".obj"))
      T.LinkedObjects.push_back(absoluteIn(BuildDir, Path));
  }
  for (const nlohmann::json &A : J.value("artifacts", nlohmann::json::array()))
    T.Artifacts.push_back(absoluteIn(BuildDir, A.at("path").get<std::string>()));
  if (J.contains("link"))
    for (const nlohmann::json &F : J.at("link").at("commandFragments"))
      T.Link.push_back({F.at("fragment").get<std::string>(),
                        origin(J, F, SourceDir)});
  return T;
}

} // namespace

llvm::StringRef kindName(TargetKind K) {
  switch (K) {
  case TargetKind::Executable: return "executable";
  case TargetKind::Static: return "static library";
  case TargetKind::Shared: return "shared library";
  case TargetKind::Module: return "module library";
  case TargetKind::Object: return "object library";
  case TargetKind::Other: break;
  }
  return "target";
}

const BuildTarget *BuildGraph::byArtifact(llvm::StringRef Path) const {
  std::string Absolute = absoluteIn(BuildDir, Path);
  for (const BuildTarget &T : Targets)
    if (llvm::is_contained(T.Artifacts, Absolute))
      return &T;
  return nullptr;
}

std::optional<std::pair<const BuildTarget *, std::string>>
BuildGraph::objectSource(llvm::StringRef ObjectPath) const {
  // CMake names an object file CMakeFiles/<target>.dir/<source path>.o.
  for (const BuildTarget &T : Targets) {
    if (T.Kind != TargetKind::Object)
      continue;
    std::string Dir = "/CMakeFiles/" + T.Name + ".dir/";
    size_t At = ObjectPath.find(Dir);
    if (At == llvm::StringRef::npos)
      continue;
    llvm::StringRef Rest = ObjectPath.drop_front(At + Dir.size());
    Rest = Rest.drop_back(Rest.size() - Rest.rfind('.'));
    for (const std::string &Source : T.Sources)
      if (llvm::StringRef(Source).ends_with("/" + Rest.str()))
        return std::make_pair(&T, Source);
  }
  return std::nullopt;
}

llvm::Expected<BuildGraph> readCMakeFileApi(llvm::StringRef BuildDir) {
  llvm::SmallString<256> ReplyDir(BuildDir);
  llvm::sys::path::append(ReplyDir, ".cmake", "api", "v1", "reply");
  // The newest index names the reply of the last configure; older ones
  // are left behind until CMake cleans up.
  std::string Index;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(ReplyDir, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.starts_with("index-") && Name.ends_with(".json") &&
        It->path() > Index)
      Index = It->path();
  }
  if (Index.empty())
    return fail("no CMake File API reply in '" + ReplyDir +
                "': run metrics-init-check --write-cmake-query -p " + BuildDir +
                " (or create .cmake/api/v1/query/codemodel-v2 there), then "
                "configure with cmake again");
  llvm::Expected<nlohmann::json> IndexJson = readJson(Index);
  if (!IndexJson)
    return IndexJson.takeError();
  try {
    const nlohmann::json &Reply = IndexJson->at("reply");
    if (!Reply.contains("codemodel-v2"))
      return fail("'" + Index + "' has no codemodel-v2 reply: create "
                  ".cmake/api/v1/query/codemodel-v2 and configure again");
    std::string File = Reply.at("codemodel-v2").at("jsonFile").get<std::string>();
    llvm::Expected<nlohmann::json> Model = readJson((ReplyDir + "/" + File).str());
    if (!Model)
      return Model.takeError();
    BuildGraph G;
    G.SourceDir = Model->at("paths").at("source").get<std::string>();
    G.BuildDir = Model->at("paths").at("build").get<std::string>();
    // One configuration is what a single-config generator (Ninja, Make)
    // builds; multi-config generators get their first.
    const nlohmann::json &Config = Model->at("configurations").at(0);
    for (const nlohmann::json &Ref : Config.at("targets")) {
      std::string TargetFile = (ReplyDir + "/" + Ref.at("jsonFile").get<std::string>()).str();
      llvm::Expected<nlohmann::json> Target = readJson(TargetFile);
      if (!Target)
        return Target.takeError();
      G.Targets.push_back(readTarget(*Target, G.SourceDir, G.BuildDir));
    }
    return G;
  } catch (const nlohmann::json::exception &E) {
    return fail("the CMake File API reply in '" + ReplyDir +
                "' is malformed: " + E.what());
  }
}

llvm::Error writeCMakeQuery(llvm::StringRef BuildDir) {
  llvm::SmallString<256> Dir(BuildDir);
  llvm::sys::path::append(Dir, ".cmake", "api", "v1", "query");
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return fail("cannot create '" + Dir + "': " + EC.message());
  llvm::SmallString<256> File(Dir);
  llvm::sys::path::append(File, "codemodel-v2");
  std::error_code EC;
  llvm::raw_fd_ostream OS(File, EC);
  if (EC)
    return fail("cannot write '" + File + "': " + EC.message());
  return llvm::Error::success();
}

} // namespace metrics_init_check
