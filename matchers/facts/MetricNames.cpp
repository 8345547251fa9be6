//===--- MetricNames.cpp - The names metrics libraries expose -------------===//

#include "MetricNames.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace metrics_init_check {

void appendUnderscored(std::string &Out, llvm::StringRef Name) {
  // As brpc's bvar/variable.cpp does it, character by character: the
  // exposed name is what a dashboard must query.
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (llvm::isAlpha(C)) {
      bool Upper = C >= 'A' && C <= 'Z';
      if (Upper && I > 0 && !(Name[I - 1] >= 'A' && Name[I - 1] <= 'Z') &&
          !Out.empty() && Out.back() != '_')
        Out.push_back('_');
      Out.push_back(llvm::toLower(C));
    } else if (llvm::isDigit(C)) {
      Out.push_back(C);
    } else if (Out.empty() || Out.back() != '_') {
      Out.push_back('_');
    }
  }
}

std::string sanitizedName(llvm::StringRef Name) {
  std::string Out;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    bool Valid = llvm::isAlpha(C) || C == ':' || (llvm::isDigit(C) && I > 0);
    if (Valid)
      Out.push_back(C);
    else if (Out.empty() || Out.back() != '_')
      Out.push_back('_');
  }
  return Out;
}

/// The word \p Table gives \p Key, or the key itself.
static std::string lookUp(const UnitSuffix::Table &Table, llvm::StringRef Key) {
  for (const auto &[From, To] : Table)
    if (From == Key)
      return To;
  return Key.str();
}

std::string unitWords(const UnitSuffix &U, llvm::StringRef Unit) {
  // UCUM annotations ("{requests}") name what is counted, not a unit.
  std::string Bare;
  for (size_t I = 0; I < Unit.size(); ++I) {
    if (Unit[I] == '{') {
      size_t Close = Unit.find('}', I);
      if (Close == llvm::StringRef::npos)
        break;
      I = Close;
      continue;
    }
    Bare.push_back(Unit[I]);
  }
  auto [Of, Per] = llvm::StringRef(Bare).split('/');
  std::string Words = Per.empty() || !llvm::StringRef(Bare).contains('/')
                          ? lookUp(U.Units, Bare)
                          : lookUp(U.Units, Of) + "_per_" +
                                lookUp(U.PerUnits, Per);
  // As the exporter cleans it: one '_' for any run of other characters,
  // none at either end.
  std::string Out;
  for (char C : Words) {
    if (llvm::isAlnum(C))
      Out.push_back(C);
    else if (!Out.empty() && Out.back() != '_')
      Out.push_back('_');
  }
  while (!Out.empty() && Out.back() == '_')
    Out.pop_back();
  return Out;
}

/// Appends the unit suffix of \p U to \p Name unless the name says it
/// already ("request_duration_seconds" with unit "s").
static void appendUnit(std::string &Name, const UnitSuffix &U,
                       llvm::StringRef Unit, llvm::StringRef Type) {
  auto Append = [&](const std::string &Word) {
    if (!Word.empty() && Name.find(Word) == std::string::npos)
      Name += "_" + Word;
  };
  Append(unitWords(U, Unit));
  for (const auto &[ForType, Table] : U.TypeUnits)
    if (ForType == Type)
      for (const auto &[From, Word] : Table)
        if (From == Unit)
          Append(Word);
}

std::string exposedMetricName(const MetricDefinition &Def,
                              llvm::StringRef Group, llvm::StringRef Prefix,
                              llvm::StringRef Name, llvm::StringRef Type,
                              llvm::StringRef Unit) {
  std::string Out;
  if (!Def.ExposedPrefix.empty())
    Out = Def.ExposedPrefix + "_";
  if (Def.ExposedAs == "underscored") {
    for (llvm::StringRef Part : {Group, Prefix}) {
      if (Part.empty())
        continue;
      appendUnderscored(Out, Part);
      if (!Out.empty() && Out.back() != '_')
        Out.push_back('_');
    }
    appendUnderscored(Out, Name);
    return Out;
  }
  for (llvm::StringRef Part : {Group, Prefix})
    if (!Part.empty())
      Out += Part.str() + "_";
  Out += Name.str();
  if (Def.ExposedAs == "sanitized")
    Out = sanitizedName(Out);
  if (Def.UnitSuffixes && !Unit.empty())
    appendUnit(Out, *Def.UnitSuffixes, Unit, Type);
  if (Def.CounterTotal == "added" && Type == "counter" &&
      !llvm::StringRef(Out).ends_with("_total"))
    Out += "_total";
  return Out;
}

std::string droppedSuffix(const MetricDefinition &Def, llvm::StringRef Name) {
  for (const std::string &Suffix : Def.NameDropsSuffixes)
    if (Name.ends_with(Suffix))
      return Name.drop_back(Suffix.size()).str();
  return Name.str();
}

std::string seriesName(const MetricDefinition &Def, llvm::StringRef Exposed,
                       llvm::StringRef Suffix) {
  std::string Out = Exposed.str();
  if (Def.ExposedAs != "underscored")
    return Out + "_" + Suffix.str();
  // bvar's expose_as(prefix, name): one '_' between them, none doubled.
  if (!Out.empty() && Out.back() != '_')
    Out.push_back('_');
  appendUnderscored(Out, Suffix);
  return Out;
}

std::string prometheusType(const MetricDefinition &Def, llvm::StringRef Kind) {
  if (!Def.PrometheusType.empty())
    return Def.PrometheusType;
  if (llvm::is_contained({"counter", "gauge", "histogram", "summary", "info"},
                         Kind))
    return Kind.str();
  return "untyped";
}

} // namespace metrics_init_check
