//===--- ValueWrites.h - Where the TU's variables and fields get values -*- C++ -*-===//
//
// EnvDependence follows a tested value back to what was written into it:
// a flag copied into a field, a config value into a local. This collects
// every such write once per TU.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_VALUEWRITES_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_VALUEWRITES_H

#include "TUFacts.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace metrics_init_check {

using ValueWriteMap =
    llvm::DenseMap<const clang::ValueDecl *,
                   llvm::SmallVector<const clang::Expr *, 2>>;

/// Every write of a variable or field in the TU's own code (initialisers,
/// assignments, constructor member initialisers, out-parameters) into
/// \p Writes; into \p SetUpState, the variables written where metrics are
/// set up (`m_prometheus_enabled = true;` beside the exposer), whose value
/// records that set-up happened rather than a deployment choice.
void collectValueWrites(const TUFacts &Facts, ValueWriteMap &Writes,
                        llvm::SmallPtrSetImpl<const clang::ValueDecl *> &SetUpState);

} // namespace metrics_init_check

#endif
