//===--- Engine.cpp - Runs the rules on one translation unit ---------------===//

#include "Engine.h"
#include "ApiTokens.h"
#include "LinkFacts.h"
#include "ObjectFlow.h"
#include "ProgramIndex.h"
#include "RuleRegistry.h"
#include "SourceText.h"
#include "TUFacts.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

namespace metrics_init_check {

llvm::StringRef debugDumpRequest() {
  const char *Value = getenv("MIC_DEBUG_DUMP");
  return Value ? Value : "";
}

/// The TU's main file as the CLI names it in the index: absolute, without
/// dots.
static std::string mainFilePath(const clang::ASTContext &Ctx) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  return absolutePath(SM, SM.getMainFileID());
}

Engine::Engine(std::shared_ptr<const ApiModel> Api, EngineOptions Options)
    : Api(std::move(Api)), Options(std::move(Options)) {}

std::unique_ptr<TUFacts> Engine::computeFacts(clang::ASTContext &Ctx) const {
  return std::make_unique<TUFacts>(Ctx, *Api, Options.Program.get(),
                                   Options.Ownership);
}

void Engine::analyze(clang::ASTContext &Ctx, const PreprocessorLog *PP,
                     const FindingSink &Sink, const TUFacts *Given,
                     TUIndex *Index, TUOutcome *Outcome) const {
  bool RunEnv = enabled(EnvConditionalInit::Id);
  bool RunPP = PP && enabled(PreprocessorConditionalInit::Id);
  bool RunPaths = enabled(InitNotOnAllPaths::Id);
  bool RunExposure = enabled(RegistryNotExposed::Id);
  bool RunNaming = enabled(NameConvention::Id);
  bool RunReserved = enabled(ReservedLabel::Id);
  bool RunUnbounded = enabled(UnboundedLabel::Id);
  bool RunConflicts =
      Options.StoredInventories && enabled(ConflictingDefinition::Id);
  if (!RunEnv && !RunPP && !RunPaths && !RunExposure && !RunNaming &&
      !RunReserved && !RunUnbounded && !RunConflicts && !Index)
    return; // no rule to run: not even the TU's facts are needed
  // A debug dump of what the preprocessor rule sees, as clang's analyses
  // offer one: MIC_DEBUG_DUMP=preprocessor.
  if (PP && debugDumpRequest() == "preprocessor")
    PP->dump(llvm::errs(), Ctx.getSourceManager());
  std::unique_ptr<TUFacts> Own;
  if (!Given || &Given->context() != &Ctx || &Given->api() != Api.get() ||
      Given->program() != Options.Program.get()) {
    Own = computeFacts(Ctx);
    Given = Own.get();
  }
  const TUFacts &Facts = *Given;
  const CodeOwnership &Owner = Facts.ownership();
  // A test or benchmark program fills registries it never exposes and
  // serves nothing, by design: no rule that needs a service applies. Its
  // facts still go into the index, which other TUs' summaries may use.
  if (std::optional<std::string> Test = Owner.testProgram()) {
    if (Outcome)
      Outcome->TestProgram = *Test;
    RunEnv = RunPP = RunPaths = RunExposure = false;
    RunNaming = RunReserved = RunUnbounded = RunConflicts = false;
  }
  llvm::StringSet<> Seen;
  FindingSink Dedup = [&](Finding F) {
    if (Owner.notOwned(F.Range.getBegin())) {
      if (Outcome)
        ++Outcome->NotOwned;
      return;
    }
    std::string Key = F.RuleId + "|" +
                      F.Range.getBegin().printToString(Ctx.getSourceManager()) +
                      "|" + F.Message;
    if (Seen.insert(Key).second)
      Sink(std::move(F));
  };
  if (RunEnv)
    EnvConditionalInit(Facts, Options.EnvConditional).run(Dedup);
  if (RunPP)
    PreprocessorConditionalInit(Facts, *PP, Options.PreprocessorConditional)
        .run(Dedup);
  // The inventory's lint: the definitions are collected once for the
  // four rules (the index collects its own records).
  if (RunNaming || RunReserved || RunUnbounded || RunConflicts) {
    std::vector<MetricSite> Sites = collectMetricSites(Facts);
    if (RunNaming)
      NameConvention(*Api, Sites, Options.Naming).run(Dedup);
    if (RunReserved)
      ReservedLabel(*Api, Sites, Options.ReservedLabels).run(Dedup);
    if (RunUnbounded)
      UnboundedLabel(Sites, Options.UnboundedLabels).run(Dedup);
    if (RunConflicts)
      ConflictingDefinition::runOnTU(Sites, mainFilePath(Ctx),
                                     *Options.StoredInventories,
                                     Options.Conflicts, Dedup);
  }
  // The objects are traced once, for the rule and for the index.
  std::optional<TUObjects> Objects;
  if (RunExposure || Index)
    Objects = traceObjects(Facts);
  if (RunExposure)
    RegistryNotExposed(Facts, *Objects, Options.Exposure).run(Dedup);
  if (RunPaths || Index) {
    std::unique_ptr<TUSummaries> Summaries = TUSummaries::build(Facts);
    // MIC_DEBUG_DUMP=function-graphs or =summaries (--dump in the CLI).
    llvm::StringRef Dump = debugDumpRequest();
    if (Dump == "function-graphs" || Dump == "summaries") {
      std::string Text;
      llvm::raw_string_ostream OS(Text);
      // The CLI analyses a TU that needs other files' summaries twice.
      const clang::SourceManager &SM = Ctx.getSourceManager();
      clang::OptionalFileEntryRef Main =
          SM.getFileEntryRefForID(SM.getMainFileID());
      OS << "--- " << Dump << " of "
         << (Main ? Main->getName() : llvm::StringRef("<main file>"))
         << (Options.Program ? ", with the whole program's summaries"
                             : ", on its own")
         << "\n";
      if (Dump == "summaries")
        Summaries->Summaries.dump(OS);
      else
        for (const auto &G : Summaries->Graphs)
          G->dump(OS);
      llvm::errs() << OS.str();
    }
    // The index first: the rule re-solves as it reports.
    if (Index) {
      collectIndex(Facts, *Summaries, *Objects, *Index);
      // Calls in code this build skipped (`#ifndef NDEBUG`) reach other
      // TUs too: the preprocessor rule needs their summaries.
      if (PP && enabled(PreprocessorConditionalInit::Id))
        for (std::string &Usr : functionsNamedInSkippedText(Facts, *PP))
          if (!llvm::is_contained(Index->ExternalCalls, Usr))
            Index->ExternalCalls.push_back(std::move(Usr));
      // The linker rule decides over the whole program; its per-TU facts
      // (every external symbol, mangled) cost only when it runs. The
      // registrars are the audit's too: always collected.
      collectLinkFacts(Facts, Index->Link,
                       RuleRegistry::builtin().anyEnabled(
                           RuleScope::Link,
                           [&](llvm::StringRef Id) { return enabled(Id); }));
    }
    if (RunPaths)
      InitNotOnAllPaths(Facts, *Summaries, Options.InitPaths).run(Dedup);
  }
}

} // namespace metrics_init_check
