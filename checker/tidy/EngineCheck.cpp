//===--- EngineCheck.cpp - One metrics-* rule as a clang-tidy check --------===//

#include "EngineCheck.h"
#include "EngineConfig.h"
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
  // The settings every metrics-* check shares, through the loader the CLI
  // uses for the same keys in a .clang-tidy.
  for (const auto &[Key, Value] :
       {std::pair<llvm::StringRef, const std::string &>{"RulePacks", RulePacks},
        {"ServePoints", ServePoints},
        {"EntryPoints", EntryPoints},
        {"IndexDir", IndexDir},
        {"ReportIn", ReportIn}})
    if (!Value.empty())
      Config.take(Key, Value);
  Config.take("IncludeTests", IncludeTests ? "true" : "false");
  EngineOptions Opts = defaultEngineOptions();
  std::string RuleId = Name.str();
  Opts.RuleEnabled = [RuleId](llvm::StringRef Id) { return Id == RuleId; };
  if (const RuleInfo *Rule = RuleRegistry::builtin().find(Name))
    for (const RuleOption &Option : Rule->Options) {
      std::string Value = Options.get(Option.Name, Option.Default).str();
      RuleOptions.emplace_back(Option.Name, Value);
      Config.take(RuleId + "." + Option.Name, Value);
    }
  // Whose code is reported (docs/whose-code.md): clang-tidy's header
  // filter decides about headers, so there is no source root here.
  if (std::optional<EngineConfig::OptionError> E = Config.applyTo(Opts))
    configurationDiag("%0", DiagnosticIDs::Error) << E->Message;
  Opts.Program = loadProgram();
  // Only the rule that compares TUs' inventories reads them.
  if (RuleId == ConflictingDefinition::Id)
    Opts.StoredInventories = loadInventories();
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

/// The other TUs' metrics inventories of the IndexDir option, read once
/// per process and directory like the program summaries (whose loader
/// reports a directory that is not there).
std::shared_ptr<const std::vector<TUIndex>> EngineCheck::loadInventories() {
  if (IndexDir.empty())
    return nullptr;
  static std::mutex Lock;
  static std::map<std::string, std::shared_ptr<const std::vector<TUIndex>>>
      Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  std::shared_ptr<const std::vector<TUIndex>> &Entry = Cache[IndexDir];
  if (!Entry)
    Entry = std::make_shared<const std::vector<TUIndex>>(
        metrics_init_check::IndexDir::loadInventories(IndexDir));
  return Entry;
}

/// clang-tidy makes its checks anew for every TU; the packs behind them are
/// read once per process and configuration, and shared by every check.
std::shared_ptr<const ApiModel> EngineCheck::loadApiModel() {
  static std::mutex Lock;
  static std::map<std::string, std::shared_ptr<const ApiModel>> Cache;
  std::string Key = Config.apiKey();
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  EngineConfig::LoadErrors Errors;
  std::shared_ptr<const ApiModel> Model = Config.loadApi(Errors);
  for (const std::string &Error : Errors.Packs)
    configurationDiag("%0", DiagnosticIDs::Error) << Error;
  if (!Errors.Options.empty())
    configurationDiag("%0", DiagnosticIDs::Error) << Errors.Options;
  // A configuration that failed to load is reported again next time.
  if (Errors.empty())
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
