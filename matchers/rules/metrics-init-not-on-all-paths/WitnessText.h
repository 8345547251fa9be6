//===--- WitnessText.h - A skipping path, in words -----------*- C++ -*-===//
//
// metrics-init-not-on-all-paths explains each finding by the path that
// skips the set-up: which way each branch went, which call returned
// without set-up, where serving starts. This turns the summary solver's
// witness steps into those words and source ranges.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_WITNESSTEXT_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_WITNESSTEXT_H

#include "SetupSummaries.h"

#include <string>
#include <vector>

namespace metrics_init_check {

/// The statement of a witness step's event, if it has one.
const clang::Stmt *siteOf(const WitnessStep &S);

/// The steps of a path in order, each with its depth in calls.
void flatten(const std::vector<WitnessStep> &Steps,
             std::vector<const WitnessStep *> &Out,
             std::vector<unsigned> *Depths = nullptr, unsigned Depth = 0);

class WitnessText {
public:
  explicit WitnessText(const TUFacts &Facts)
      : Facts(Facts), Ctx(Facts.context()) {}

  /// How a reader would say which way the branch of \p S went: "when
  /// 'fast_start' is true", "for 'case Mode::kBatch'". \p Cond receives
  /// the condition tested, if any.
  std::string branchLabel(const WitnessStep &S, const clang::Expr *&Cond) const;
  /// What happens at step \p S, for a note on the path.
  std::string stepMessage(const WitnessStep &S, const SetupStage &Stage);
  /// " (defined in telemetry.cpp:12)", from the program's summaries.
  std::string definedIn(const WitnessStep &S) const;
  /// Where a note on step \p S points.
  clang::SourceRange stepRange(const WitnessStep &S);
  /// The call on the path into a function of another TU that skips the
  /// set-up (its own path is not available to explain).
  static const WitnessStep *
  opaqueCall(llvm::ArrayRef<const WitnessStep *> Flat);

private:
  const clang::CFGBlock *blockOf(const FunctionGraph *G, unsigned Id) const;
  std::string text(const clang::Stmt *S, unsigned Max = 60) const;

  const TUFacts &Facts;
  clang::ASTContext &Ctx;
};

} // namespace metrics_init_check

#endif
