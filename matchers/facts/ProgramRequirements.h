//===--- ProgramRequirements.h - What the whole program must do --*- C++ -*-===//
//
// Some exposure is program-wide: a bvar is served by whichever brpc server
// (or dummy server) the program starts, seastar metric groups by the
// Prometheus endpoint the application starts somewhere. Rule packs state
// these as requirements (`program_requires`); this scan finds, in one TU,
// the calls that trigger a requirement and those that meet one. The
// whole-program pass joins them across TUs.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_PROGRAMREQUIREMENTS_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_PROGRAMREQUIREMENTS_H

#include "TUFacts.h"

#include "llvm/ADT/SmallPtrSet.h"

namespace metrics_init_check {

struct RequirementFacts {
  /// The first call of the TU that triggers each requirement.
  std::vector<std::pair<const ProgramRequirement *, const clang::Expr *>> Used;
  llvm::SmallPtrSet<const ProgramRequirement *, 4> Met;
  /// Requirements met only in some environments (a brpc channel: the
  /// dummy server starts if a port file is in the working directory).
  llvm::SmallPtrSet<const ProgramRequirement *, 4> PartlyMet;
  /// Calls that would meet a requirement but are made with the API's
  /// effect switched off (`disabled_by`), with the field that does it.
  std::vector<std::pair<const clang::Expr *, std::string>> SwitchedOff;
};

RequirementFacts scanRequirements(const TUFacts &Facts);

} // namespace metrics_init_check

#endif
