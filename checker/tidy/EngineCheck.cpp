//===--- EngineCheck.cpp - One metrics-* rule as a clang-tidy check --------===//

#include "EngineCheck.h"
#include "RuleRegistry.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"

namespace metrics_init_check {

using namespace clang;
using namespace clang::ast_matchers;

EngineCheck::EngineCheck(llvm::StringRef Name,
                         tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RulePacks(Options.getLocalOrGlobal("RulePacks", "").str()),
      ServePoints(Options.getLocalOrGlobal("ServePoints", "").str()),
      EntryPoints(Options.getLocalOrGlobal("EntryPoints", "").str()) {
  EngineOptions Opts;
  std::string RuleId = Name.str();
  Opts.RuleEnabled = [RuleId](llvm::StringRef Id) { return Id == RuleId; };
  if (const RuleInfo *Rule = RuleRegistry::builtin().find(Name))
    for (const RuleOption &Option : Rule->Options) {
      std::string Value = Options.get(Option.Name, Option.Default).str();
      RuleOptions.emplace_back(Option.Name, Value);
      std::string Error;
      if (!applyRuleOption(Opts, Name, Option.Name, Value, Error))
        configurationDiag("%0", DiagnosticIDs::Error) << Error;
    }

  std::vector<RulePack> Packs = builtinRulePacks();
  llvm::SmallVector<llvm::StringRef, 4> Paths;
  llvm::StringRef(RulePacks).split(Paths, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Path : Paths) {
    llvm::Expected<RulePack> Pack = loadRulePackFile(Path.trim());
    if (!Pack) {
      configurationDiag("%0", DiagnosticIDs::Error) << llvm::toString(Pack.takeError());
      continue;
    }
    Packs.push_back(std::move(*Pack));
  }
  if (!ServePoints.empty() || !EntryPoints.empty()) {
    if (llvm::Expected<RulePack> Pack = packFromOptions(ServePoints, EntryPoints))
      Packs.push_back(std::move(*Pack));
    else
      configurationDiag("%0", DiagnosticIDs::Error)
          << llvm::toString(Pack.takeError());
  }
  TheEngine = std::make_unique<Engine>(
      std::make_shared<ApiModel>(std::move(Packs)), std::move(Opts));
}

void EngineCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RulePacks", RulePacks);
  Options.store(Opts, "ServePoints", ServePoints);
  Options.store(Opts, "EntryPoints", EntryPoints);
  for (const auto &[Name, Value] : RuleOptions)
    Options.store(Opts, Name, Value);
}

void EngineCheck::registerMatchers(MatchFinder *Finder) {
  // The engine works on the whole TU at once.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void EngineCheck::registerPPCallbacks(const SourceManager &SM,
                                      Preprocessor *PP, Preprocessor *) {
  PP->addPPCallbacks(PPLog.callbacks(SM));
}

void EngineCheck::check(const MatchFinder::MatchResult &Result) {
  TheEngine->analyze(*Result.Context, &PPLog, [&](Finding F) {
    DiagnosticIDs::Level Severity = F.Severity == Level::Error
                                        ? DiagnosticIDs::Error
                                    : F.Severity == Level::Note
                                        ? DiagnosticIDs::Remark
                                        : DiagnosticIDs::Warning;
    {
      DiagnosticBuilder D =
          diag(F.Range.getBegin(), "%0", Severity) << F.Message << F.Range;
      for (const FixItHint &Fix : F.Fixes)
        D << Fix;
    }
    for (const RelatedLocation &R : F.Related)
      diag(R.Range.getBegin(), "%0", DiagnosticIDs::Note) << R.Message;
  });
}

} // namespace metrics_init_check
