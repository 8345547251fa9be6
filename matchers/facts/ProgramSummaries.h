//===--- ProgramSummaries.h - What a TU is told about the rest of the program -*- C++ -*-===//
//
// The data the whole-program pass hands to each TU's analysis: per function
// of another TU, what its paths do for each stage of metrics set-up, and
// which program-wide requirements some TU meets. Data only: the solver
// that computes summaries lives in paths/SetupSummaries, a layer above.
// Keeping the types here lets TUFacts read a callee's summary without the
// facts layer depending on the path framework.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_PROGRAMSUMMARIES_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_PROGRAMSUMMARIES_H

#include "ApiModel.h"
#include "ObjectHolders.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <array>
#include <cstdint>
#include <string>

namespace metrics_init_check {

/// A stage of metrics set-up, and how messages name it. Rules ask about
/// one stage at a time, the last first: a registry created everywhere but
/// exposed only in production is an exposure problem.
struct SetupStage {
  RoleMask Roles;
  const char *Done;    ///< "exposed"
  const char *Does;    ///< "exposes"
  const char *Missing; ///< "without exposing them"
  const char *Name;    ///< "expose", as the index stores it
  const char *Doing;   ///< "exposing"
};

/// "metrics are exposed", or, for an API whose pack names what it sets up,
/// "the /metrics endpoint is created": an Exposer constructed only in
/// production creates an endpoint, not metrics.
/// \p Not ("not ") goes before the participle.
std::string stageDone(const SetupStage &S, const ApiPattern *Api,
                      llvm::StringRef Not = "");
/// "without exposing them", or "without creating it" for such an API.
std::string stageMissing(const SetupStage &S, const ApiPattern *Api);
constexpr unsigned NumStages = 3;
extern const SetupStage Stages[NumStages];

/// Ways a path through a function can end, one bit each.
enum OutcomeBit : uint8_t {
  ReturnsSetUp = 1 << 0,
  ReturnsWithout = 1 << 1,
  ReturnsDeferred = 1 << 2,
  ServesSetUp = 1 << 3,
  ServesWithout = 1 << 4,
  ServesDeferred = 1 << 5,
};
using Outcomes = uint8_t;
constexpr Outcomes SetsUp = ReturnsSetUp | ServesSetUp;
constexpr Outcomes Serves = ServesSetUp | ServesWithout | ServesDeferred;
constexpr Outcomes Returns = ReturnsSetUp | ReturnsWithout | ReturnsDeferred;

struct FunctionSummary {
  std::array<Outcomes, NumStages> Stage{};
  bool operator==(const FunctionSummary &O) const { return Stage == O.Stage; }
  bool operator!=(const FunctionSummary &O) const { return !(*this == O); }
  /// Whether a call of it does anything a caller's summary can see.
  bool matters() const;
};

/// A function of another TU, as the whole-program pass summarised it.
struct ExternalFunction {
  FunctionSummary Summary;
  std::string Name;     ///< "'telemetry::Start()'"
  std::string Location; ///< "src/telemetry.cpp:12"
};

/// What the whole-program pass knows: the functions by USR (what a TU
/// knows of the functions it calls but does not define), and which
/// program-wide requirements some TU meets.
struct ProgramSummaries {
  llvm::StringMap<ExternalFunction> Functions;
  llvm::StringSet<> MetRequirements;
  /// Requirements some TU meets only in some environments, by id: what
  /// the environment must provide.
  llvm::StringMap<std::string> PartlyMetRequirements;
  /// What every TU does with the metrics objects in shared holders.
  HolderTable Holders;
  /// Every TU of the compilation database contributed: only then can the
  /// absence of something in the program be concluded.
  bool Complete = false;
};

} // namespace metrics_init_check

#endif
