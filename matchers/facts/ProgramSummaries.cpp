//===--- ProgramSummaries.cpp - What a TU is told about the rest of the program -===//

#include "ProgramSummaries.h"

namespace metrics_init_check {

const SetupStage Stages[NumStages] = {
    {roleBit(ApiRole::Expose), "exposed", "exposes", "without exposing them",
     "expose"},
    {roleBit(ApiRole::Register) | roleBit(ApiRole::SelfRegister), "registered",
     "registers", "without registering them", "register"},
    {roleBit(ApiRole::Create), "created", "creates", "without creating them",
     "create"},
};

bool FunctionSummary::matters() const {
  // A function all of whose paths return without set-up or serving is
  // transparent to its callers.
  for (Outcomes O : Stage)
    if (O != ReturnsWithout)
      return true;
  return false;
}

} // namespace metrics_init_check
