//===--- ObjectFlow.h - Where the metrics objects of a TU go -----*- C++ -*-===//
//
// Follows each metrics object the TU creates (a registry, an exposer, a
// meter provider, an exporter: the rule packs' `objects`) through the
// variables, fields and parameters that hold it, to the calls that fill it
// and export it. An object that leaves what this TU can see (returned,
// stored where other files can reach it, handed to an unknown function)
// escapes: nothing is concluded about it.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_OBJECTFLOW_H
#define METRICS_INIT_CHECK_MATCHERS_OBJECTFLOW_H

#include "TUFacts.h"

namespace metrics_init_check {

/// A call that does something to an object, and the API that makes it so.
struct ObjectCall {
  const clang::CallExpr *Call = nullptr;
  const ObjectUse *Use = nullptr;
  /// For an export that holds the object weakly: whether the exporter
  /// (the object the method is called on) lives beyond the function that
  /// makes the call (a global, a field, an escaping object).
  bool ExporterOutlives = false;
};

struct ObjectFate {
  const clang::Expr *Creation = nullptr;
  const ObjectPattern *Pattern = nullptr;
  /// The variable or field the object is first stored in, if any.
  const clang::ValueDecl *Holder = nullptr;
  std::vector<ObjectCall> Fills, Exports;
  bool Escapes = false;
  /// When every owner of the object is a local variable of one function:
  /// that function (the object dies when it returns).
  const clang::FunctionDecl *LocalTo = nullptr;

  /// "registry 'registry_'" or "registry created here".
  std::string name() const;
};

/// shared_ptr, unique_ptr, weak_ptr (std's, opentelemetry's nostd) or
/// optional: a handle to an object rather than another object.
bool isSmartPointer(clang::QualType T);

/// The fates of every object the TU's own code creates.
std::vector<ObjectFate> traceObjects(const TUFacts &Facts);

} // namespace metrics_init_check

#endif
