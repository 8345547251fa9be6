//===--- PreprocessorConditionalInit.cpp - metrics-preprocessor-conditional-init ===//

#include "PreprocessorConditionalInit.h"
#include "ApiTokens.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSet.h"

namespace metrics_init_check {

using namespace clang;

namespace {

struct Stage {
  RoleMask Roles;
  const char *Done; ///< "exposed"
};
const Stage Stages[] = {
    {roleBit(ApiRole::Expose), "exposed"},
    {roleBit(ApiRole::Register) | roleBit(ApiRole::SelfRegister), "registered"},
    {roleBit(ApiRole::Create), "created"},
};

/// `#if 0` / `#if 1`: disabled or forced code, not a configuration.
bool isConstantCondition(const ConditionalBranch &First) {
  llvm::StringRef D = First.DirectiveText;
  D = D.ltrim("# \t");
  if (!D.consume_front("if"))
    return false;
  D = D.trim();
  return D == "0" || D == "1" || D == "false" || D == "true";
}

/// Whether the code of \p Br ends the program instead of serving: it
/// calls exit/abort or throws, or, inside main, returns (`#else` printing
/// "built without X" and leaving main). Such a side needs no set-up.
bool endsProgram(const TUFacts &Facts, const ConditionalBranch &Br,
                 const llvm::StringSet<> &ServeNames) {
  if (Br.Implicit || Br.Begin.isInvalid() || Br.End.isInvalid())
    return false;
  const SourceManager &SM = Facts.context().getSourceManager();
  std::pair<FileID, unsigned> Begin = SM.getDecomposedLoc(Br.Begin);
  unsigned EndOffset = SM.getFileOffset(Br.End);
  if (EndOffset <= Begin.second)
    return false;
  // In main: a return there ends the program.
  bool InMain = false;
  for (const FunctionDecl *FD : Facts.ownFunctions()) {
    if (!FD->isMain() || !FD->getBody())
      continue;
    SourceRange Body = FD->getBody()->getSourceRange();
    std::pair<FileID, unsigned> BodyBegin =
        SM.getDecomposedLoc(SM.getExpansionLoc(Body.getBegin()));
    unsigned BodyEnd = SM.getFileOffset(SM.getExpansionLoc(Body.getEnd()));
    InMain |= BodyBegin.first == Begin.first &&
              BodyBegin.second <= Begin.second && EndOffset <= BodyEnd;
  }
  llvm::StringRef Prev, BeforePrev;
  // A side that defines its own main is another program: it ends the
  // program when it returns without ever serving (`int main() { LOG(ERROR)
  // << "built without RDMA"; return 0; }`).
  bool DefinesMain = false, Returns = false, Serves = false;
  for (const RawToken &Tok :
       rawTokens(SM, Facts.context().getLangOpts(), Br.Begin, Br.End)) {
    if (Tok.is(tok::raw_identifier)) {
      if (Tok.Text == "throw" || (InMain && Tok.Text == "return"))
        return true;
      Returns |= Tok.Text == "return";
      Serves |= ServeNames.contains(Tok.Text);
    } else if (Tok.is(tok::l_paren)) {
      DefinesMain |= Prev == "main" && BeforePrev == "int";
      if (Prev == "exit" || Prev == "_exit" || Prev == "_Exit" ||
          Prev == "abort" || Prev == "quick_exit" || Prev == "terminate")
        return true;
    }
    BeforePrev = Prev;
    Prev = Tok.Text;
  }
  return DefinesMain && Returns && !Serves;
}

/// Whether \p Hit lies in the body of a function whose definition begins
/// inside \p Br: a function that exists only in that configuration, whose
/// callers are just as conditional. The finding, if any, is at a call.
bool insideDefinitionIn(const TUFacts &Facts, const ConditionalBranch &Br,
                        const ApiTokenHit &Hit) {
  const SourceManager &SM = Facts.context().getSourceManager();
  std::pair<FileID, unsigned> Begin = SM.getDecomposedLoc(Br.Begin);
  std::pair<FileID, unsigned> At = SM.getDecomposedLoc(Hit.Where);
  if (Begin.first != At.first || At.second < Begin.second)
    return false;
  int Depth = 0;
  // In a function's body, or in a constructor's initialiser list
  // (`) : family_(BuildCounter()...Register(r))`), at the hit.
  bool FunctionBody = false, InitList = false;
  llvm::StringRef Prev;
  for (const RawToken &Tok :
       rawTokens(SM, Facts.context().getLangOpts(), Br.Begin, Hit.Where)) {
    if (Tok.is(tok::l_brace)) {
      // `) {`, `) const {`, `) override {`: a function's body; `member{`
      // inside an initialiser list is not.
      if (Depth == 0 && (!InitList || Prev == ")" || Prev == "}"))
        FunctionBody = Prev == ")" || Prev == "const" || Prev == "override" ||
                       Prev == "noexcept" || Prev == "final" ||
                       (InitList && Prev == "}");
      if (Depth == 0 && FunctionBody)
        InitList = false;
      ++Depth;
    } else if (Tok.is(tok::r_brace)) {
      if (--Depth < 0)
        return false; // the branch closes a block opened before it
    } else if (Tok.is(tok::colon) && Depth == 0 && Prev == ")") {
      InitList = true;
    }
    Prev = Tok.Text;
  }
  return (Depth > 0 && FunctionBody) || InitList;
}

/// `#if OPENTELEMETRY_ABI_VERSION_NO >= 2`, `#if __cplusplus >= 201703L`:
/// a library or language version decides which API exists, not whether
/// the service sets up metrics.
bool isVersionCondition(const ConditionalBlock &B) {
  return !B.Macros.empty() &&
         llvm::all_of(B.Macros, [](const std::string &M) {
           llvm::StringRef Name(M);
           return Name == "__cplusplus" || Name.contains_insensitive("VERSION") ||
                  Name.contains("_ABI_");
         });
}

} // namespace

void PreprocessorConditionalInit::run(const FindingSink &Sink) const {
  const ApiModel &Api = Facts.api();
  llvm::StringSet<> BuildMode, Feature;
  for (const RulePack &Pack : Api.packs()) {
    for (const std::string &M : Pack.BuildModeMacros)
      BuildMode.insert(M);
    for (const std::string &M : Pack.MetricsFeatureMacros)
      Feature.insert(M);
  }
  reportConstexprConfigurations(Facts, Log, Opts, Sink);
  ApiTokenMatcher Tokens(Facts);
  // The last names of the serve points: a side that mentions none of them
  // serves nothing.
  llvm::StringSet<> ServeNames;
  for (const RulePack &Pack : Api.packs())
    for (const ApiPattern &P : Pack.Apis)
      if (P.Role == ApiRole::Serve)
        ServeNames.insert(llvm::StringRef(P.Name).rsplit("::").second.empty()
                              ? llvm::StringRef(P.Name)
                              : llvm::StringRef(P.Name).rsplit("::").second);

  for (const ConditionalBlock &B : Log.blocks()) {
    if (B.IncludeGuard || B.Branches.size() < 2 ||
        !Facts.isOwnCode(B.Branches.front().Directive) ||
        isConstantCondition(B.Branches.front()) || isVersionCondition(B))
      continue;
    std::vector<std::vector<ApiTokenHit>> Hits;
    bool Any = false;
    for (const ConditionalBranch &Br : B.Branches) {
      Hits.push_back(Br.Implicit ? std::vector<ApiTokenHit>()
                                 : Tokens.scan(Br.Begin, Br.End));
      llvm::erase_if(Hits.back(), [&](const ApiTokenHit &H) {
        return insideDefinitionIn(Facts, Br, H);
      });
      Any |= !Hits.back().empty();
    }
    if (!Any)
      continue;

    for (const Stage &S : Stages) {
      auto FirstOf = [&](size_t I) -> const ApiTokenHit * {
        for (const ApiTokenHit &H : Hits[I])
          if (H.Roles & S.Roles)
            return &H;
        return nullptr;
      };
      std::vector<size_t> With, Without;
      for (size_t I = 0; I < B.Branches.size(); ++I) {
        if (B.Branches[I].Errors)
          continue; // `#else #error "unsupported"`: that side never builds
        if (!FirstOf(I) && endsProgram(Facts, B.Branches[I], ServeNames))
          continue; // `#else puts("built without X"); return 1;`
        (FirstOf(I) ? With : Without).push_back(I);
      }
      if (With.empty() || Without.empty())
        continue;

      bool IsFeature = false, IsBuildMode = false;
      for (const std::string &M : B.Macros) {
        IsFeature |= Feature.count(M) || Api.namesMetricsSwitch(M);
        IsBuildMode |= BuildMode.count(M) > 0;
      }
      // A build-mode macro makes it a build-mode conditional, even when a
      // metrics switch is combined with it (`!defined(NDEBUG) ||
      // defined(FORCE_EXPOSER)`): release builds still lack metrics.
      IsFeature &= !IsBuildMode;
      Level Severity = IsFeature ? Opts.FeatureMacroSeverity : Opts.Severity;
      if (Severity == Level::None)
        break;

      const ConditionalBranch &Has = B.Branches[With.front()];
      const ApiTokenHit &Hit = *FirstOf(With.front());
      Finding F;
      F.RuleId = PreprocessorConditionalInit::Id.str();
      F.Severity = Severity;
      F.Range = SourceRange(Hit.Where, Hit.Where);
      std::string Lacking;
      for (size_t I : Without) {
        const ConditionalBranch &Br = B.Branches[I];
        Lacking += Lacking.empty() ? "" : "; ";
        Lacking += Br.Implicit
                       ? "builds where it does not hold have nothing in its "
                         "place (no '#else')"
                       : "the '" + Br.DirectiveText + "' side has no equivalent";
      }
      F.Message = std::string("metrics are ") + S.Done +
                  " only in some build configurations: '" + Hit.Text +
                  "' is compiled only under '" + Has.DirectiveText + "', and " +
                  Lacking;
      bool NDebug = llvm::is_contained(B.Macros, "NDEBUG");
      if (NDebug)
        F.Message += " (release builds define NDEBUG)";
      if (IsFeature)
        F.Message += " (an explicit metrics feature switch: often deliberate)";
      else if (IsBuildMode && !NDebug)
        F.Message += " (a build-mode macro)";
      F.Related.push_back({SourceRange(Has.Directive, Has.Directive),
                           "compiled only under '" + Has.DirectiveText + "'"});
      for (size_t I : Without) {
        const ConditionalBranch &Br = B.Branches[I];
        F.Related.push_back(
            {SourceRange(Br.Directive, Br.Directive),
             Br.Implicit ? "no '#else': nothing takes its place in the other "
                           "configurations"
                         : "'" + Br.DirectiveText + "' has no equivalent"});
      }
      Sink(std::move(F));
      break; // one finding per block
    }
  }
}

} // namespace metrics_init_check
