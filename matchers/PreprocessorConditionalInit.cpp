//===--- PreprocessorConditionalInit.cpp - metrics-preprocessor-conditional-init ===//

#include "PreprocessorConditionalInit.h"
#include "ApiTokens.h"

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
  ApiTokenMatcher Tokens(Facts);

  for (const ConditionalBlock &B : Log.blocks()) {
    if (B.IncludeGuard || B.Branches.size() < 2 ||
        !Facts.isOwnCode(B.Branches.front().Directive) ||
        isConstantCondition(B.Branches.front()))
      continue;
    std::vector<std::vector<ApiTokenHit>> Hits;
    bool Any = false;
    for (const ConditionalBranch &Br : B.Branches) {
      Hits.push_back(Br.Implicit ? std::vector<ApiTokenHit>()
                                 : Tokens.scan(Br.Begin, Br.End));
      Any |= !Hits.back().empty();
    }
    if (!Any)
      continue;

    for (const Stage &S : Stages) {
      auto FirstOf = [&](size_t I) -> const ApiTokenHit * {
        for (const ApiTokenHit &H : Hits[I])
          if (roleBit(H.Role) & S.Roles)
            return &H;
        return nullptr;
      };
      std::vector<size_t> With, Without;
      for (size_t I = 0; I < B.Branches.size(); ++I) {
        if (B.Branches[I].Errors)
          continue; // `#else #error "unsupported"`: that side never builds
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
