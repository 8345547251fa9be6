//===--- ProgramSummaries.cpp - What a TU is told about the rest of the program -===//

#include "ProgramSummaries.h"

namespace metrics_init_check {

const SetupStage Stages[NumStages] = {
    {roleBit(ApiRole::Expose), "exposed", "exposes", "without exposing them",
     "expose", "exposing"},
    {roleBit(ApiRole::Register) | roleBit(ApiRole::SelfRegister), "registered",
     "registers", "without registering them", "register", "registering"},
    {roleBit(ApiRole::Create), "created", "creates", "without creating them",
     "create", "creating"},
};

std::string stageDone(const SetupStage &S, const ApiPattern *Api,
                      llvm::StringRef Not) {
  std::string Subject = Api && !Api->Subject.empty()
                            ? Api->Subject + " is "
                            : std::string("metrics are ");
  return Subject + Not.str() + S.Done;
}

std::string stageMissing(const SetupStage &S, const ApiPattern *Api) {
  if (Api && !Api->Subject.empty())
    return std::string("without ") + S.Doing + " it";
  return S.Missing;
}

bool FunctionSummary::matters() const {
  // A function all of whose paths return without set-up or serving is
  // transparent to its callers.
  for (Outcomes O : Stage)
    if (O != ReturnsWithout)
      return true;
  return false;
}

} // namespace metrics_init_check
