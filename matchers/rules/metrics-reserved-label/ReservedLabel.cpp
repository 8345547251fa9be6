//===--- ReservedLabel.cpp - metrics-reserved-label ------------------------===//

#include "ReservedLabel.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/StringExtras.h"

namespace metrics_init_check {

std::string ReservedLabel::problem(const MetricRecord &M,
                                   const MetricLabel &Label) const {
  llvm::StringRef Name = Label.Name;
  std::string Metric = M.ExposedName.empty() ? M.Name : M.ExposedName;
  const MetricNaming &N = Api.naming();
  for (const std::string &Prefix : N.ReservedLabelPrefixes)
    if (Name.starts_with(Prefix))
      return "label '" + Name.str() + "' of metric '" + Metric +
             "' starts with '" + Prefix +
             "', which Prometheus reserves for its own labels";
  for (const auto &[Type, Names] : N.ReservedLabels)
    if (M.Type == Type && llvm::is_contained(Names, Name))
      return "label '" + Name.str() + "' of " + Type + " '" + Metric +
             "' is one the " + Type + "'s own series carry: the scrape "
             "would have two '" + Name.str() + "' labels";
  // `[a-zA-Z_][a-zA-Z0-9_]*`: no ':' in label names.
  bool Valid = !Name.empty() && !llvm::isDigit(Name[0]) &&
               llvm::all_of(Name, [](char C) {
                 return llvm::isAlnum(C) || C == '_';
               });
  if (!Valid)
    return "label name '" + Name.str() + "' of metric '" + Metric +
           "' is not a valid Prometheus label name: letters, digits and '_' "
           "only, not starting with a digit";
  return "";
}

void ReservedLabel::run(const FindingSink &Sink) const {
  for (const MetricSite &Site : Sites)
    for (size_t I = 0; I < Site.Record.Labels.size(); ++I) {
      const MetricLabel &Label = Site.Record.Labels[I];
      if (!Label.ConstantName)
        continue; // a name built at run time is not guessed at
      std::string Message = problem(Site.Record, Label);
      if (Message.empty())
        continue;
      const clang::Expr *At = Site.LabelNames[I] ? Site.LabelNames[I]
                              : Site.LabelValues[I] ? Site.LabelValues[I]
                                                    : Site.Call;
      Finding F;
      F.RuleId = Id.str();
      F.Severity = Opts.Severity;
      F.Message = std::move(Message);
      F.Range = At->getSourceRange();
      Sink(std::move(F));
    }
}

} // namespace metrics_init_check
