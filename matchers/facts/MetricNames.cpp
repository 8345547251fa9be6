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

std::string exposedMetricName(const MetricDefinition &Def,
                              llvm::StringRef Group, llvm::StringRef Prefix,
                              llvm::StringRef Name, llvm::StringRef Type) {
  std::string Out;
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
