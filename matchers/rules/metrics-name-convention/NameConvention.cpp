//===--- NameConvention.cpp - metrics-name-convention ----------------------===//

#include "NameConvention.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/StringExtras.h"

namespace metrics_init_check {

namespace {

/// `[a-zA-Z_:][a-zA-Z0-9_:]*`, the Prometheus metric name grammar.
bool validMetricName(llvm::StringRef Name) {
  if (Name.empty() || llvm::isDigit(Name[0]))
    return false;
  return llvm::all_of(Name, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == ':';
  });
}

std::string inQuotes(llvm::StringRef Text) { return "'" + Text.str() + "'"; }

std::string plural(llvm::StringRef Type) {
  return Type.ends_with("y") ? Type.drop_back().str() + "ies"
                             : Type.str() + "s";
}

std::string joinTypes(llvm::ArrayRef<std::string> Types) {
  std::string Out;
  for (size_t I = 0; I < Types.size(); ++I)
    Out += (I == 0 ? "" : I + 1 == Types.size() ? " or " : ", ") +
           plural(Types[I]);
  return Out;
}

} // namespace

std::vector<std::string>
NameConvention::problems(const MetricSite &Site) const {
  const MetricRecord &M = Site.Record;
  const MetricNaming &N = Api.naming();
  llvm::StringRef Name = M.ExposedName;
  std::string Shown = inQuotes(Name);
  if (Name != M.Name)
    Shown += " (" + M.Library + "'s exposed name of " + inQuotes(M.Name) + ")";
  std::vector<std::string> Out;
  if (!validMetricName(Name))
    Out.push_back("metric name " + Shown +
                  " is not a valid Prometheus name: letters, digits, '_' "
                  "and ':' only, not starting with a digit");
  else if (Name.lower() != Name)
    Out.push_back("metric name " + Shown +
                  " is not lower snake_case: Prometheus names are "
                  "lower-case words joined by '_'");
  if (Name.contains(':'))
    Out.push_back("metric name " + Shown +
                  " contains ':', which Prometheus reserves for recording "
                  "rules");
  if (Site.Definition && !Site.Definition->LintSuffixes)
    return Out;
  // The suffix a type's name must carry, and must not carry otherwise.
  for (const auto &[Type, Suffixes] : N.TypeSuffixes) {
    bool Carries = llvm::any_of(Suffixes, [&](const std::string &S) {
      return Name.ends_with(S);
    });
    if (M.Type == Type && !Carries && Site.Definition &&
        Site.Definition->CounterTotal == "name" && !Suffixes.empty())
      Out.push_back(M.Type + " " + Shown + " has no '" + Suffixes.front() +
                    "' suffix, and " + M.Library + " does not add one");
    if (M.Type != Type && Carries)
      Out.push_back("metric name " + Shown + " ends in a suffix of " +
                    plural(Type) + ", but it is a " + M.Type);
  }
  for (const auto &[Suffix, Types] : N.GeneratedSuffixes) {
    if (!Name.ends_with(Suffix))
      continue;
    if (llvm::is_contained(Types, M.Type))
      Out.push_back(M.Type + " " + Shown + " ends in '" + Suffix +
                    "', which Prometheus adds to a " + M.Type +
                    "'s own series: the scrape shows '" + Name.str() +
                    Suffix + "'");
    else
      Out.push_back("metric name " + Shown + " ends in '" + Suffix +
                    "', the suffix of the series of " + joinTypes(Types) +
                    ", but it is a " + M.Type);
  }
  return Out;
}

/// A unit that is not a base unit, in the name or in the unit field; a
/// duration whose name carries no unit at all.
NameConvention::UnitProblem
NameConvention::unitProblem(const MetricSite &Site) const {
  const MetricRecord &M = Site.Record;
  const MetricNaming &N = Api.naming();
  // A series' own suffix is the library's word, not the service's
  // (LatencyRecorder's `_latency`, `_max_latency`): only the rest is
  // held to the conventions.
  llvm::StringRef Own = M.ExposedName;
  if (!M.Series.empty() && Own.ends_with("_" + M.Series))
    Own = Own.drop_back(M.Series.size() + 1);
  llvm::SmallVector<llvm::StringRef, 8> Words;
  Own.split(Words, '_', -1, false);
  auto HasWord = [&](llvm::StringRef W) {
    return llvm::any_of(Words,
                        [&](llvm::StringRef X) { return X.equals_insensitive(W); });
  };
  for (const auto &[Unit, Base] : N.NonBaseUnits) {
    if (HasWord(Unit))
      return {"metric name '" + M.ExposedName + "' measures in '" + Unit +
                  "': Prometheus uses base units, '" + Base + "'",
              false};
    if (llvm::StringRef(M.Unit).equals_insensitive(Unit))
      return {"metric '" + M.ExposedName + "' has unit '" + M.Unit +
                  "', not a base unit: Prometheus uses '" + Base + "'",
              true};
  }
  if (!M.Unit.empty())
    return {}; // the exporter appends the unit's name
  for (const auto &[Word, Base] : N.MeasuredWords) {
    if (!HasWord(Word))
      continue;
    bool HasUnit = HasWord(Base) || llvm::any_of(N.NonBaseUnits, [&](const auto &U) {
                     return HasWord(U.first);
                   });
    if (!HasUnit)
      return {"metric name '" + M.ExposedName + "' measures a " + Word +
                  " but names no unit: add '_" + Base + "'",
              false};
  }
  return {};
}

void NameConvention::run(const FindingSink &Sink) const {
  for (const MetricSite &Site : Sites) {
    // A name built at run time is never guessed at.
    if (!Site.Record.ConstantName || Site.Record.ExposedName.empty())
      continue;
    // The series of one definition share the part the service names:
    // checked once, on the first.
    if (!Site.Record.Series.empty() && Site.Definition &&
        Site.Record.Series != Site.Definition->Series.front())
      continue;
    std::vector<UnitProblem> Found;
    for (std::string &Message : problems(Site))
      Found.push_back({std::move(Message), false});
    if (UnitProblem Unit = unitProblem(Site); !Unit.Message.empty())
      Found.push_back(std::move(Unit));
    for (UnitProblem &P : Found) {
      Finding F;
      F.RuleId = Id.str();
      F.Severity = Opts.Severity;
      F.Message = std::move(P.Message);
      // At the argument to change: the unit, or the name.
      const clang::Expr *At =
          P.AtUnit && Site.UnitExpr ? Site.UnitExpr : Site.NameExpr;
      F.Range = At->getSourceRange();
      Sink(std::move(F));
    }
  }
}

} // namespace metrics_init_check
