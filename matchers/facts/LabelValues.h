//===--- LabelValues.h - Where a metric label's value comes from -*- C++ -*-===//
//
// Every distinct label value is a new time series. A value taken from a
// request id, a user id, a URL path or a client address has no bound, and
// the monitoring system's memory grows with the traffic. This looks at the
// expression a label value is written as and says whether the tool can see
// such a source in it, by the names the rule packs list
// (`metric_naming.unbounded_label_words`, `request_types`).
//
// It never guesses the other way: a literal, a constant, an enum, a
// function of an enum (an enum-to-string), a bool and a choice between
// literals are bounded; anything else it cannot name is "unknown", not
// unbounded.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_LABELVALUES_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_LABELVALUES_H

#include "ApiModel.h"

#include "clang/AST/Expr.h"

#include <string>

namespace metrics_init_check {

/// Why \p Value is unbounded ("'request_id' (a parameter)", "'req.path()'
/// (a member of request type 'httplib::Request')"), or "" when it is
/// bounded or the tool cannot tell.
std::string unboundedLabelSource(const clang::Expr *Value, const ApiModel &Api,
                                 const clang::ASTContext &Ctx);

} // namespace metrics_init_check

#endif
