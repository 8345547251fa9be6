//===--- RegistryNotExposed.cpp - metrics-registry-not-exposed -------------===//

#include "RegistryNotExposed.h"
#include "HoistFix.h"
#include "ProgramRequirements.h"
#include "SetupSummaries.h"
#include "SourceText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// "'prometheus::Exposer::RegisterCollectable' or 'prometheus::Gateway::…'"
std::string apiList(llvm::ArrayRef<ObjectUse> Uses) {
  std::string Out;
  for (size_t I = 0; I < Uses.size(); ++I) {
    if (I)
      Out += I + 1 == Uses.size() ? " or " : ", ";
    Out += "'" + llvm::StringRef(Uses[I].Api).ltrim(':').str() + "'";
  }
  return Out;
}

/// What never happened to an object: "nothing passes it to 'A'",
/// "nothing calls 'B' on it", or both.
std::string nothingDoes(llvm::ArrayRef<ObjectUse> Uses) {
  std::vector<ObjectUse> PassedTo, CalledOn;
  for (const ObjectUse &U : Uses)
    (U.Arg < 0 ? CalledOn : PassedTo).push_back(U);
  std::string Out = "nothing ";
  if (!PassedTo.empty())
    Out += "passes it to " + apiList(PassedTo);
  if (!CalledOn.empty())
    Out += (PassedTo.empty() ? "calls " : ", nor calls ") +
           apiList(CalledOn) + " on it";
  return Out;
}

class Analysis {
public:
  Analysis(const TUFacts &Facts, const TUObjects &Objects,
           RegistryNotExposed::Options Opts, const FindingSink &Sink)
      : Facts(Facts), Ctx(Facts.context()), Objects(Objects), Opts(Opts),
        Sink(Sink) {}

  void run() {
    if (Opts.Severity == Level::None)
      return;
    for (const ObjectFate &F : Objects.Fates) {
      // Handed to code nobody can see (a library function, a virtual
      // call): whoever has it may export it.
      if (F.Escapes)
        continue;
      // Into a global, a field, another file's function: what happens
      // there is known only from the whole program's record.
      // A factory's object is judged at each call, where it goes; a call
      // of a function that is not known to be one is its result record's.
      HolderFacts Made;
      if (!F.MadeBy.empty()) {
        Made = Objects.record(F.MadeBy, Facts);
        if (!Made.isFactory())
          continue;
      } else if (F.Flows.size() == 1 &&
                 llvm::StringRef(*F.Flows.begin()).starts_with("ret:") &&
                 Objects.record(*F.Flows.begin(), Facts).isFactory()) {
        continue;
      }
      HolderClosure Beyond;
      if (!F.Flows.empty()) {
        Beyond = Objects.closure(F, Facts);
        if (Beyond.Unknown)
          continue;
      }
      // What the factory itself did to it before returning it.
      addSites(Beyond.Fills, Made.ResultFills);
      addSites(Beyond.Exports, Made.ResultExports);
      const ObjectPattern &P = *F.Pattern;
      bool Filled =
          !F.Fills.empty() || !Beyond.Fills.empty() || createdFilled(F);
      bool Exported = !F.Exports.empty() || !Beyond.Exports.empty();
      using Rule = ObjectPattern::ExportRule;
      if (!Exported && !P.ExportedBy.empty() &&
          (P.MustExport == Rule::Always ||
           (P.MustExport == Rule::WhenFilled && Filled)))
        reportNotExported(F, Beyond, Filled);
      else if (P.MustFill && !Filled && !P.FilledBy.empty())
        reportNotFilled(F);
      else if (!Beyond.Stored)
        checkLifetime(F);
    }
    checkRequirements();
  }

  /// Program-wide exposure: only the whole program can say that nothing
  /// in it starts the server a requirement needs.
  void checkRequirements() {
    const ProgramSummaries *Program = Facts.program();
    if (!Program || !Program->Complete)
      return;
    RequirementFacts Here = scanRequirements(Facts);
    for (const auto &[R, Site] : Here.Used) {
      if (Here.Met.count(R) || Program->MetRequirements.count(R->Id))
        continue;
      Finding Out;
      Out.RuleId = RegistryNotExposed::Id.str();
      Out.Severity = Opts.Severity;
      Out.Range = spelledRange(Ctx, Site);
      std::vector<ObjectUse> Needed;
      for (const std::string &Name : R->Requires)
        Needed.push_back({Name});
      // Met in some environments only: say which, not "never".
      std::string When = Program->PartlyMetRequirements.lookup(R->Id);
      if (When.empty() && Here.PartlyMet.count(R))
        When = R->MetWhen;
      Out.Message = "metrics are never exported" +
                    (When.empty() ? std::string() : " unless " + When) +
                    ": " + R->Message +
                    " (nothing in the program calls " + apiList(Needed) +
                    (Here.SwitchedOff.empty()
                         ? std::string()
                         : " but with '" + Here.SwitchedOff.front().second +
                               "' switched off") +
                    ")";
      for (const auto &[Call, Field] : Here.SwitchedOff)
        Out.Related.push_back({spelledRange(Ctx, Call),
                               "'" + text(Call, 50) + "' is made with '" +
                                   Field + "' switched off"});
      Sink(std::move(Out));
    }
  }

private:
  /// Made by a factory from another metrics object that carries the fill
  /// (`MeterProviderFactory::Create(std::move(context))`: the readers were
  /// added to the context, whose own fate is judged as that object's).
  bool createdFilled(const ObjectFate &F) const {
    const auto *Call = dyn_cast_or_null<CallExpr>(F.Creation);
    if (!Call || !Facts.api().createsFilled(Call->getDirectCallee(),
                                            numArgsOf(Call)))
      return false;
    return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
      return heldPattern(Facts.api(), Arg->getType()) != nullptr;
    });
  }

  std::string text(const Stmt *S, unsigned Max = 60) const {
    return spelling(Ctx, spelledRange(Ctx, S), Max);
  }

  Finding finding(const ObjectFate &F, std::string Message) const {
    Finding Out;
    Out.RuleId = RegistryNotExposed::Id.str();
    Out.Severity = Opts.Severity;
    Out.Range = spelledRange(Ctx, F.Creation);
    Out.Message = std::move(Message);
    return Out;
  }

  void addFills(const ObjectFate &F, const HolderClosure &Beyond,
                Finding &Out) const {
    size_t Notes = 0;
    for (; Notes < F.Fills.size() && Notes < MaxFillNotes; ++Notes)
      Out.Related.push_back({F.Fills[Notes].Call->getSourceRange(),
                             "'" + text(F.Fills[Notes].Call, 50) +
                                 "' fills it here"});
    // Fills in other files, through the holders the object went into.
    for (const HolderSite &Site : Beyond.Fills) {
      if (Notes++ >= MaxFillNotes)
        break;
      RelatedLocation R;
      R.Message = "'" + Site.Text + "' fills it here";
      R.Elsewhere = Site.Where;
      Out.Related.push_back(std::move(R));
    }
  }

  /// Where the object went beyond this file: the reader's way to the
  /// fills and the missing export.
  void addFlows(const ObjectFate &F, Finding &Out) const {
    for (size_t I = 0; I < F.FlowSites.size() && I < MaxFlowNotes; ++I)
      Out.Related.push_back(
          {F.FlowSites[I].Where->getSourceRange(), F.FlowSites[I].How});
  }

  void reportNotExported(const ObjectFate &F, const HolderClosure &Beyond,
                         bool Filled) {
    const ObjectPattern &P = *F.Pattern;
    // "the registry 'r' is created, but ..."; an unnamed one is "created
    // here" already.
    bool Named = F.Holder && F.Holder->getIdentifier();
    std::string Message = "metrics are never exported: the " + F.name() +
                          (Filled  ? " is filled, but "
                           : Named ? " is created, but "
                                   : " goes nowhere: ") +
                          nothingDoes(P.ExportedBy);
    // Followed beyond this file: say so, or the reader looks for the
    // export only here.
    if (!F.Flows.empty())
      Message += " anywhere in the program";
    Finding Out = finding(F, Message);
    addFlows(F, Out);
    addFills(F, Beyond, Out);
    addExportFix(F, Out);
    Sink(std::move(Out));
  }

  void reportNotFilled(const ObjectFate &F) {
    Finding Out = finding(
        F, "metrics are never exported: the " + F.name() +
               " exports nothing: " + nothingDoes(F.Pattern->FilledBy) +
               (F.Flows.empty() ? "" : " anywhere in the program"));
    addFlows(F, Out);
    Sink(std::move(Out));
  }

  /// An object owned only by locals dies when their function returns; that
  /// matters when something outlives the function and expects it (a weak
  /// export to a global Exposer) or when the object itself must (the
  /// Exposer's HTTP server).
  void checkLifetime(const ObjectFate &F) {
    const FunctionDecl *Fn = F.LocalTo;
    // main's locals, and those of a function that goes on to serve, live
    // as long as the service does.
    if (!Fn || Fn->isMain() || Facts.reachesServe(Fn))
      return;
    std::string Function = functionLabel(Fn);
    for (const ObjectCall &E : F.Exports) {
      if (!E.Use->Weak || !E.ExporterOutlives)
        continue;
      Finding Out = finding(
          F, "metrics are lost when " + Function + " returns: the " +
                 F.name() + " is owned only by locals of it, and '" +
                 text(E.Call, 50) +
                 "' keeps only a weak reference: once it is destroyed, "
                 "nothing is exported");
      Out.Related.push_back({E.Call->getSourceRange(),
                             "exported here, by weak reference"});
      Sink(std::move(Out));
      return;
    }
    if (F.Pattern->MustOutliveSetUp) {
      Finding Out = finding(
          F, "metrics are lost when " + Function + " returns: the " +
                 F.name() + " is a local of it and is destroyed with it; "
                 "keep it beyond the set-up (a member, a global, or "
                 "return it)");
      Sink(std::move(Out));
    }
  }

  /// Where an exporter is in scope: add the call that exports the object
  /// right after the declaration that creates it. Offered only for a local
  /// declared by its creation, when an exporter was created earlier in the
  /// same function.
  void addExportFix(const ObjectFate &F, Finding &Out) const {
    const auto *Holder = dyn_cast_or_null<VarDecl>(F.Holder);
    if (!Holder || !Holder->getIdentifier() || !Holder->hasLocalStorage() ||
        isa<ParmVarDecl>(Holder) || !isSmartPointer(Holder->getType()))
      return;
    const SourceManager &SM = Ctx.getSourceManager();
    SourceRange Decl = Holder->getSourceRange();
    if (Decl.getEnd().isMacroID() ||
        SM.isBeforeInTranslationUnit(F.Creation->getBeginLoc(),
                                     Decl.getBegin()) ||
        SM.isBeforeInTranslationUnit(Decl.getEnd(), F.Creation->getBeginLoc()))
      return; // created elsewhere, assigned to it later
    const auto *Fn =
        dyn_cast_or_null<FunctionDecl>(Holder->getParentFunctionOrMethod());
    for (const ObjectUse &Use : F.Pattern->ExportedBy) {
      if (Use.Arg != 0)
        continue;
      std::pair<llvm::StringRef, llvm::StringRef> Split =
          llvm::StringRef(Use.Api).ltrim(':').rsplit("::");
      llvm::StringRef Class = Split.first, Method = Split.second;
      for (const ObjectFate &Exporter : Objects.Fates) {
        const auto *ExporterVar = dyn_cast_or_null<VarDecl>(Exporter.Holder);
        bool ExportsThis =
            llvm::any_of(Exporter.Pattern->Types, [&](const std::string &T) {
              return llvm::StringRef(T).ltrim(':') == Class;
            });
        // The exporter exists by then: created earlier in the same function.
        if (!ExportsThis || !ExporterVar || !ExporterVar->getIdentifier() ||
            !Fn || !Fn->getBody() ||
            !SM.isBeforeInTranslationUnit(Fn->getBody()->getBeginLoc(),
                                          Exporter.Creation->getBeginLoc()) ||
            !SM.isBeforeInTranslationUnit(Exporter.Creation->getEndLoc(),
                                          Decl.getBegin()))
          continue;
        SourceLocation AfterSemi = Lexer::findLocationAfterToken(
            Decl.getEnd(), tok::semi, SM, Ctx.getLangOpts(),
            /*SkipTrailingWhitespaceAndNewLine=*/false);
        if (AfterSemi.isInvalid())
          return;
        QualType T = ExporterVar->getType();
        bool Pointer = T->isPointerType() || isSmartPointer(T);
        std::string Call = ExporterVar->getName().str() +
                           (Pointer ? "->" : ".") + Method.str() + "(" +
                           Holder->getName().str() + ");";
        Out.Fixes.push_back(FixItHint::CreateInsertion(
            AfterSemi, "\n" + lineIndent(Ctx, Decl.getBegin()) + Call));
        Out.FixDescription = "export it: add '" + Call + "'";
        return;
      }
    }
  }

  static constexpr size_t MaxFillNotes = 5, MaxFlowNotes = 3;

  const TUFacts &Facts;
  ASTContext &Ctx;
  const TUObjects &Objects;
  RegistryNotExposed::Options Opts;
  const FindingSink &Sink;
};

} // namespace

void RegistryNotExposed::run(const FindingSink &Sink) const {
  Analysis(Facts, Objects, Opts, Sink).run();
}

} // namespace metrics_init_check
