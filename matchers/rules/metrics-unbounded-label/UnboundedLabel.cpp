//===--- UnboundedLabel.cpp - metrics-unbounded-label ----------------------===//

#include "UnboundedLabel.h"

#include "clang/AST/Expr.h"

namespace metrics_init_check {

void UnboundedLabel::run(const FindingSink &Sink) const {
  for (const MetricSite &Site : Sites)
    for (size_t I = 0; I < Site.Record.Labels.size(); ++I) {
      const MetricLabel &Label = Site.Record.Labels[I];
      if (Label.Unbounded.empty() || !Site.LabelValues[I])
        continue;
      const MetricRecord &M = Site.Record;
      std::string Metric = M.ExposedName.empty() ? M.Name : M.ExposedName;
      Finding F;
      F.RuleId = Id.str();
      F.Severity = Opts.Severity;
      F.Message = "label '" + Label.Name + "' of metric '" + Metric +
                  "' takes its value from " + Label.Unbounded +
                  ": every distinct value is a new time series, without "
                  "bound";
      F.Range = Site.LabelValues[I]->getSourceRange();
      Sink(std::move(F));
    }
}

} // namespace metrics_init_check
