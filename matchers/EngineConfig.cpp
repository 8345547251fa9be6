//===--- EngineConfig.cpp - The engine's settings, as both front ends name them -===//

#include "EngineConfig.h"
#include "RuleRegistry.h"

#include "llvm/Support/FileSystem.h"

#include <algorithm>

namespace metrics_init_check {

namespace {

/// The Level an option (or, for "", the rule's own level) sets.
Level *levelSetting(EngineOptions &Opts, llvm::StringRef RuleId,
                    llvm::StringRef Name) {
  if (RuleId == EnvConditionalInit::Id)
    return Name.empty()                  ? &Opts.EnvConditional.Severity
           : Name == "MetricsSwitchLevel" ? &Opts.EnvConditional.SwitchSeverity
                                          : nullptr;
  if (RuleId == PreprocessorConditionalInit::Id)
    return Name.empty() ? &Opts.PreprocessorConditional.Severity
           : Name == "FeatureMacroLevel"
               ? &Opts.PreprocessorConditional.FeatureMacroSeverity
               : nullptr;
  if (RuleId == InitNotOnAllPaths::Id)
    return Name.empty() ? &Opts.InitPaths.Severity : nullptr;
  if (RuleId == RegistryNotExposed::Id)
    return Name.empty() ? &Opts.Exposure.Severity : nullptr;
  if (RuleId == RegistrationDroppedByLinker::Id)
    return Name.empty() ? &Opts.Linker.Severity : nullptr;
  if (RuleId == NameConvention::Id)
    return Name.empty() ? &Opts.Naming.Severity : nullptr;
  if (RuleId == ConflictingDefinition::Id)
    return Name.empty() ? &Opts.Conflicts.Severity : nullptr;
  if (RuleId == ReservedLabel::Id)
    return Name.empty() ? &Opts.ReservedLabels.Severity : nullptr;
  if (RuleId == UnboundedLabel::Id)
    return Name.empty() ? &Opts.UnboundedLabels.Severity : nullptr;
  return nullptr;
}

/// Splits "a; b;;c" into its trimmed, non-empty parts.
std::vector<std::string> splitList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Value.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Out;
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      Out.push_back(P.trim().str());
  return Out;
}

bool isTrue(llvm::StringRef Value) {
  return Value.trim().equals_insensitive("true") || Value.trim() == "1";
}

} // namespace

bool applyRuleOption(EngineOptions &Opts, llvm::StringRef RuleId,
                     llvm::StringRef Name, llvm::StringRef Value,
                     std::string &Error) {
  const RuleInfo *Rule = RuleRegistry::builtin().find(RuleId);
  if (!Rule) {
    Error = "unknown rule '" + RuleId.str() + "'";
    return false;
  }
  bool Declared = llvm::any_of(
      Rule->Options, [&](const RuleOption &O) { return O.Name == Name; });
  Level *Target = Declared ? levelSetting(Opts, RuleId, Name) : nullptr;
  if (!Target) {
    Error = "unknown option '" + Name.str() + "' for " + RuleId.str();
    return false;
  }
  std::optional<Level> L = parseLevel(Value);
  if (!L) {
    Error = "invalid value '" + Value.str() + "' for " + RuleId.str() + "." +
            Name.str() + ": expected note, warning, error or none";
    return false;
  }
  *Target = *L;
  return true;
}

EngineOptions defaultEngineOptions() {
  EngineOptions Opts;
  for (const RuleInfo &Rule : RuleRegistry::builtin().rules()) {
    if (Level *Own = levelSetting(Opts, Rule.Id, ""))
      *Own = Rule.DefaultLevel;
    for (const RuleOption &Option : Rule.Options) {
      std::string Error;
      // The registry is part of the build and a test loads every default:
      // a bad one is this tool's bug, not the user's input.
      if (!applyRuleOption(Opts, Rule.Id, Option.Name, Option.Default, Error))
        llvm::report_fatal_error(llvm::Twine("rules.json: ") + Error);
    }
  }
  return Opts;
}

bool EngineConfig::take(llvm::StringRef Key, llvm::StringRef Value) {
  // clang-tidy's local form: "metrics-env-conditional-init.RulePacks".
  llvm::StringRef Name = Key;
  bool RuleLocal = false;
  if (Key.starts_with("metrics-") && Key.contains('.')) {
    Name = Key.rsplit('.').second;
    RuleLocal = true;
  }
  if (Name == "RulePacks") {
    for (const std::string &Path : splitList(Value))
      addPackPath(Path);
  } else if (Name == "ServePoints") {
    ServePoints += ";" + Value.str();
  } else if (Name == "EntryPoints") {
    EntryPoints += ";" + Value.str();
  } else if (Name == "IndexDir") {
    IndexDir = Value.trim().str();
  } else if (Name == "ReportIn") {
    for (const std::string &Glob : splitList(Value))
      ReportIn.push_back(Glob);
  } else if (Name == "IncludeTests") {
    IncludeTests = isTrue(Value);
  } else if (RuleLocal) {
    RuleOptions.emplace_back(Key.str(), Value.str());
  } else {
    return false;
  }
  return true;
}

void EngineConfig::addPackPath(llvm::StringRef Path) {
  if (std::find(PackPaths.begin(), PackPaths.end(), Path) == PackPaths.end())
    PackPaths.push_back(Path.str());
}

std::optional<EngineConfig::OptionError>
EngineConfig::applyTo(EngineOptions &Opts) const {
  for (const auto &[Key, Value] : RuleOptions) {
    auto [RuleId, Name] = llvm::StringRef(Key).rsplit('.');
    std::string Error;
    if (!applyRuleOption(Opts, RuleId, Name, Value, Error))
      return OptionError{Key, Value, Error};
  }
  for (const std::string &Glob : ReportIn)
    if (auto G = llvm::GlobPattern::create(Glob); !G)
      return OptionError{"ReportIn", Glob,
                         "'" + Glob + "': " + llvm::toString(G.takeError())};
  Opts.Ownership.ReportIn.insert(Opts.Ownership.ReportIn.end(),
                                 ReportIn.begin(), ReportIn.end());
  Opts.Ownership.IncludeTests |= IncludeTests;
  return std::nullopt;
}

std::shared_ptr<const ApiModel>
EngineConfig::loadApi(LoadErrors &Errors) const {
  return std::make_shared<const ApiModel>(loadPacks(Errors));
}

std::vector<RulePack> EngineConfig::loadPacks(LoadErrors &Errors) const {
  std::vector<RulePack> Packs = builtinRulePacks();
  for (const std::string &Path : PackPaths) {
    // A folder stands for the packs in it, in name order.
    std::vector<std::string> Files;
    if (llvm::sys::fs::is_directory(Path)) {
      std::error_code EC;
      for (llvm::sys::fs::directory_iterator It(Path, EC), End;
           It != End && !EC; It.increment(EC))
        if (llvm::StringRef(It->path()).ends_with(".json"))
          Files.push_back(It->path());
      std::sort(Files.begin(), Files.end());
      if (EC)
        Errors.Packs.push_back(Path + ": error: cannot list rule packs: " +
                               EC.message());
    } else {
      Files.push_back(Path);
    }
    for (const std::string &File : Files) {
      llvm::Expected<RulePack> Pack = loadRulePackFile(File);
      if (!Pack) {
        Errors.Packs.push_back(llvm::toString(Pack.takeError()));
        continue;
      }
      Packs.push_back(std::move(*Pack));
    }
  }
  if (!ServePoints.empty() || !EntryPoints.empty()) {
    if (llvm::Expected<RulePack> Pack = packFromOptions(ServePoints, EntryPoints))
      Packs.push_back(std::move(*Pack));
    else
      Errors.Options = llvm::toString(Pack.takeError());
  }
  return Packs;
}

std::string EngineConfig::apiKey() const {
  std::string Key;
  for (const std::string &Path : PackPaths)
    Key += Path + ";";
  return Key + "\n" + ServePoints + "\n" + EntryPoints;
}

} // namespace metrics_init_check
