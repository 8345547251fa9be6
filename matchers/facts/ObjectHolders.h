//===--- ObjectHolders.h - Metrics objects across translation units -*- C++ -*-===//
//
// A registry created in metrics.cpp and kept in a global, a field of a class
// declared in a header, or handed to a function another file defines, is
// filled and exported (or not) by code this TU cannot see. Each TU records,
// per such holder, what its own code does with whatever the holder holds:
// fills it, exports it, stores it in another holder, or hands it to code
// nobody can see. The whole-program pass merges the records by holder; a TU
// that knows its object went into a holder then follows the holders'
// records to learn where the object ends up.
//
// Holders are named by keys that every TU computes alike:
//   var:<USR>          a global variable other files can name
//   field:<USR>        a field of a class other files can use
//   param:<USR>#<N>    parameter N of a function
//   ret:<USR>          what a function returns
// and classes with such fields, "class:<USR>", by the methods TUs define.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_OBJECTHOLDERS_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_OBJECTHOLDERS_H

#include "Finding.h"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <tuple>
#include <set>
#include <string>
#include <vector>

namespace metrics_init_check {

/// A call that fills or exports a held object, for related locations.
struct HolderSite {
  FilePosition Where;
  std::string Text; ///< the call, as written (shortened)
  bool operator<(const HolderSite &O) const {
    return std::tie(Where.File, Where.Line, Where.Column) <
           std::tie(O.Where.File, O.Where.Line, O.Where.Column);
  }
};

/// Sites kept per holder: enough to explain a finding, while a registry
/// that hundreds of files fill stays a small record.
constexpr size_t MaxHolderSites = 8;
void addSites(std::set<HolderSite> &Into, const std::set<HolderSite> &From);

/// What the code of one TU (or, merged, of the whole program) does with
/// the object in one holder.
struct HolderFacts {
  std::string Kind; ///< the pattern's kind ("registry"), for readers of program.json
  std::set<HolderSite> Fills, Exports;
  /// Holders the object is stored in or handed to from here.
  std::set<std::string> Flows;
  /// Handed to code no TU shows (a library function, a virtual call), or
  /// stored where no key names it: nothing can be concluded.
  bool Unknown = false;
  /// The TU defines the holder (the variable, the function), so a complete
  /// program that never defines it hands the object to code it cannot see.
  bool Defined = false;
  /// For a field: its class's record ("class:<USR>"), which lists the
  /// methods the class declares and those the TU defines. A method no TU
  /// defines (a prebuilt library's) may export the field's object unseen.
  std::string Owner;
  std::set<std::string> Methods, DefinedMethods;
  /// For a function's result: it returns an object it creates (a
  /// factory), with what the function itself fills and exports on it; or
  /// it (also) returns something else (a global, a parameter).
  bool FreshResult = false, OtherResult = false;
  std::set<HolderSite> ResultFills, ResultExports;

  /// Each call makes a new object: callers are judged one by one.
  bool isFactory() const { return FreshResult && !OtherResult; }

  /// Adds \p O's record to this one.
  void merge(const HolderFacts &O);
};

/// Holder key -> facts; ordered, so stored output is deterministic.
using HolderTable = std::map<std::string, HolderFacts>;

void mergeHolders(HolderTable &Into, const HolderTable &From);

/// Where an object goes after it entered a set of holders.
struct HolderClosure {
  std::set<HolderSite> Fills, Exports;
  /// Reached code nobody can see, or a holder whose record is incomplete
  /// (another TU's holder when the program is not known in full).
  bool Unknown = false;
  /// Reached a holder that outlives any one function call (a global, a
  /// field, a return value): the object's owner is no longer a local.
  bool Stored = false;
};

/// Follows \p Keys through \p Local (this TU's record) and \p Program (every
/// TU's, merged; may be null). \p Complete: \p Program holds every TU of a
/// program, so a holder nobody defines is code nobody can see.
/// \p Key's record in this TU and, when given, in the rest of the program.
HolderFacts mergedRecord(const std::string &Key, const HolderTable &Local,
                         const HolderTable *Program);

HolderClosure closeOver(const std::set<std::string> &Keys,
                        const HolderTable &Local, const HolderTable *Program,
                        bool Complete);

void to_json(nlohmann::json &J, const HolderTable &T);
void from_json(const nlohmann::json &J, HolderTable &T);

} // namespace metrics_init_check

#endif
