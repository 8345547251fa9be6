//===--- AuditInputs.h - What the audit takes from a run ---------*- C++ -*-===//
//
// Both front ends that write the audit (the CLI's whole-program run and the
// scan) hand the engine the same inputs: their resolved findings as the
// verdicts' evidence, and the metrics their TUs' facts define, each once.
// Kept here so the two cannot drift apart.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_REPORT_AUDITINPUTS_H
#define METRICS_INIT_CHECK_CHECKER_REPORT_AUDITINPUTS_H

#include "Report.h"

#include "llvm/ADT/ArrayRef.h"

namespace metrics_init_check {

/// \p Findings as computeProgramVerdicts() takes them: one per rule, place
/// and TU (a header's finding comes from every TU that includes it), main
/// files absolute.
std::vector<VerdictEvidence>
verdictEvidence(llvm::ArrayRef<ResolvedFinding> Findings);

/// The metrics \p TUs define, each once (a header's metric is seen by every
/// TU that includes it), sorted by file, line and name.
std::vector<MetricRecord> programInventory(llvm::ArrayRef<const TUIndex *> TUs);

} // namespace metrics_init_check

#endif
