//===--- EngineCheck.cpp - One metrics-* rule as a clang-tidy check --------===//

#include "EngineCheck.h"
#include "ProgramIndex.h"
#include "RuleRegistry.h"
#include "TUFacts.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"

#include <map>
#include <mutex>

namespace metrics_init_check {

using namespace clang;
using namespace clang::ast_matchers;

EngineCheck::EngineCheck(llvm::StringRef Name,
                         tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RulePacks(Options.getLocalOrGlobal("RulePacks", "").str()),
      ServePoints(Options.getLocalOrGlobal("ServePoints", "").str()),
      EntryPoints(Options.getLocalOrGlobal("EntryPoints", "").str()),
      IndexDir(Options.getLocalOrGlobal("IndexDir", "").str()),
      ReportIn(Options.getLocalOrGlobal("ReportIn", "").str()),
      IncludeTests(Options.getLocalOrGlobal("IncludeTests", false)) {
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

  // Whose code is reported (docs/whose-code.md): clang-tidy's header
  // filter decides about headers, so there is no source root here.
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  llvm::StringRef(ReportIn).split(Globs, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Glob : Globs)
    Opts.Ownership.ReportIn.push_back(Glob.trim().str());
  Opts.Ownership.IncludeTests = IncludeTests;
  Opts.Program = loadProgram();
  TheEngine = std::make_unique<Engine>(loadApiModel(), std::move(Opts));
}

/// The whole-program summaries of the IndexDir option, read once per
/// process and directory like the packs.
std::shared_ptr<const ProgramSummaries> EngineCheck::loadProgram() {
  if (IndexDir.empty())
    return nullptr;
  static std::mutex Lock;
  static std::map<std::string, std::shared_ptr<const ProgramSummaries>> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Cache.find(IndexDir);
  if (It != Cache.end())
    return It->second;
  llvm::Expected<ProgramSummaries> Program =
      metrics_init_check::IndexDir::loadProgram(IndexDir);
  if (!Program) {
    configurationDiag("IndexDir: %0", DiagnosticIDs::Error)
        << llvm::toString(Program.takeError());
    return nullptr;
  }
  auto Shared = std::make_shared<const ProgramSummaries>(std::move(*Program));
  Cache[IndexDir] = Shared;
  return Shared;
}

/// clang-tidy makes its checks anew for every TU; the packs behind them are
/// read once per process and configuration, and shared by every check.
std::shared_ptr<const ApiModel> EngineCheck::loadApiModel() {
  static std::mutex Lock;
  static std::map<std::string, std::shared_ptr<const ApiModel>> Cache;
  std::string Key = RulePacks + "\n" + ServePoints + "\n" + EntryPoints;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  std::vector<RulePack> Packs = builtinRulePacks();
  bool Failed = false;
  llvm::SmallVector<llvm::StringRef, 4> Paths;
  llvm::StringRef(RulePacks).split(Paths, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Path : Paths) {
    llvm::Expected<RulePack> Pack = loadRulePackFile(Path.trim());
    if (!Pack) {
      configurationDiag("%0", DiagnosticIDs::Error) << llvm::toString(Pack.takeError());
      Failed = true;
      continue;
    }
    Packs.push_back(std::move(*Pack));
  }
  if (!ServePoints.empty() || !EntryPoints.empty()) {
    if (llvm::Expected<RulePack> Pack = packFromOptions(ServePoints, EntryPoints))
      Packs.push_back(std::move(*Pack));
    else {
      configurationDiag("%0", DiagnosticIDs::Error)
          << llvm::toString(Pack.takeError());
      Failed = true;
    }
  }
  auto Model = std::make_shared<const ApiModel>(std::move(Packs));
  // A configuration that failed to load is reported again next time.
  if (!Failed)
    Cache[Key] = Model;
  return Model;
}

void EngineCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RulePacks", RulePacks);
  Options.store(Opts, "ServePoints", ServePoints);
  Options.store(Opts, "EntryPoints", EntryPoints);
  Options.store(Opts, "IndexDir", IndexDir);
  Options.store(Opts, "ReportIn", ReportIn);
  Options.store(Opts, "IncludeTests", IncludeTests);
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

namespace {
/// The TU's facts, computed by the first metrics-* check that runs on it
/// and used by the others; dropped at the end of the TU, before its AST.
struct SharedFacts {
  std::unique_ptr<TUFacts> Facts;
};
SharedFacts &sharedFacts() {
  static SharedFacts Shared;
  return Shared;
}
} // namespace

namespace {
/// A place in a file of another TU (known from the index): the file is
/// loaded into this TU's source manager so the note points there.
SourceLocation locationOf(SourceManager &SM, const FilePosition &P) {
  if (!P.valid())
    return SourceLocation();
  llvm::Expected<FileEntryRef> File = SM.getFileManager().getFileRef(P.File);
  if (!File) {
    llvm::consumeError(File.takeError());
    return SourceLocation();
  }
  FileID FID = SM.getOrCreateFileID(*File, SrcMgr::C_User);
  return SM.translateLineCol(FID, P.Line, P.Column);
}
} // namespace

void EngineCheck::onEndOfTranslationUnit() { sharedFacts().Facts.reset(); }

void EngineCheck::check(const MatchFinder::MatchResult &Result) {
  std::unique_ptr<TUFacts> &Facts = sharedFacts().Facts;
  if (!Facts || &Facts->context() != Result.Context ||
      &Facts->api() != &TheEngine->api() ||
      Facts->program() != TheEngine->program())
    Facts = TheEngine->computeFacts(*Result.Context);
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
      diag(R.Range.isValid() ? R.Range.getBegin()
                             : locationOf(*Result.SourceManager, R.Elsewhere),
           "%0", DiagnosticIDs::Note)
          << R.Message;
  }, Facts.get());
}

} // namespace metrics_init_check
