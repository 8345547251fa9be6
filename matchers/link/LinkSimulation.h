//===--- LinkSimulation.h - Which object files a GNU ld link keeps -*- C++ -*-===//
//
// Replays the part of GNU ld's decision that matters for static
// initialisers: object files named on the command line are always linked;
// an archive is scanned where it appears, and a member is pulled in when it
// defines a symbol that is undefined at that point, again and again until
// no member is pulled (its own references can pull further members); with
// --whole-archive every member is linked; a shared library linked with
// --as-needed is kept only if it defines a symbol undefined at that point.
// Symbols undefined only after an archive was scanned do not go back to it,
// as with ld (no --start-group).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_LINK_LINKSIMULATION_H
#define METRICS_INIT_CHECK_MATCHERS_LINK_LINKSIMULATION_H

#include "LinkFacts.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace metrics_init_check {

/// One input of a link, in command-line order. Members are object files,
/// named by the caller's ids.
struct LinkInput {
  enum InputKind { Object, Archive, SharedLibrary } Kind = Object;
  std::vector<unsigned> Members;
  bool WholeArchive = false; ///< archives
  bool AsNeeded = false;     ///< shared libraries
};

struct LinkOutcome {
  /// Per input: an object or shared library kept, an archive with at least
  /// one member pulled in.
  std::vector<bool> Kept;
  /// The object files that are part of the output (members of kept shared
  /// libraries included).
  llvm::DenseSet<unsigned> Linked;
};

/// Links \p Inputs; \p Symbols gives each object file's facts.
LinkOutcome
simulateLink(llvm::ArrayRef<LinkInput> Inputs,
             llvm::function_ref<const LinkFacts &(unsigned)> Symbols);

} // namespace metrics_init_check

#endif
