//===--- ObjectFlow.h - Where the metrics objects of a TU go -----*- C++ -*-===//
//
// Follows each metrics object the TU creates (a registry, an exposer, a
// meter provider, an exporter: the rule packs' `objects`) through the
// variables, fields and parameters that hold it, to the calls that fill it
// and export it. An object stored where other files reach it (a global, a
// field of a class in a header, a function of another file, a return
// value) flows into a named holder (ObjectHolders.h), and the TU records
// what its own code does with each such holder, for the whole-program
// pass. An object handed to code no TU shows (a library function that is
// not a rule-pack API, a virtual call) escapes: nothing is concluded.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_OBJECTS_OBJECTFLOW_H
#define METRICS_INIT_CHECK_MATCHERS_OBJECTS_OBJECTFLOW_H

#include "ObjectHolders.h"
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
  /// Held by a static or global variable or a field on its way: it
  /// outlives a call, so a function returning it returns the same object
  /// each time (a singleton, not a factory).
  bool Persistent = false;
  /// Holders shared with other code that the object went into: what
  /// happens there is known from their records (closeOver).
  std::set<std::string> Flows;
  /// Where the object entered each of them, and how ("handed to
  /// 'RegisterAll()', defined in another file"), in the order followed.
  struct FlowSite {
    const clang::Expr *Where;
    std::string How;
  };
  std::vector<FlowSite> FlowSites;
  /// For a call of a function other files may define (`MakeRegistry()`):
  /// its result's key. When that function is a factory (isFactory), each
  /// call is an object of its own, judged here.
  std::string MadeBy;
  /// When every owner of the object is a local variable of one function:
  /// that function (the object dies when it returns).
  const clang::FunctionDecl *LocalTo = nullptr;

  /// "registry 'registry_'" or "registry created here".
  std::string name() const;
};

/// The kind of object a holder of type \p T holds: `Registry`,
/// `Registry &`, `Registry *`, `std::shared_ptr<Registry>`,
/// `std::optional<Exposer>`; null for any other type.
const ObjectPattern *heldPattern(const ApiModel &Api, clang::QualType T);

/// shared_ptr, unique_ptr, weak_ptr (std's, opentelemetry's nostd) or
/// optional: a handle to an object rather than another object.
bool isSmartPointer(clang::QualType T);

struct TUObjects {
  /// Every object the TU's own code creates.
  std::vector<ObjectFate> Fates;
  /// What the TU's code does with the objects in the holders it shares.
  HolderTable Holders;

  /// Where \p F's object ends up, following its holders through this TU's
  /// record and the program's (the TU's facts' program, if any).
  HolderClosure closure(const ObjectFate &F, const TUFacts &Facts) const;
  /// Whether some object's fate waits on other TUs' holders.
  bool dependsOnProgram() const;
  /// The record of \p Key here and, when the program is known in full,
  /// in every TU.
  HolderFacts record(const std::string &Key, const TUFacts &Facts) const;
};

TUObjects traceObjects(const TUFacts &Facts);

} // namespace metrics_init_check

#endif
