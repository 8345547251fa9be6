//===--- LinkFacts.h - What a TU gives and takes at link time ----*- C++ -*-===//
//
// The linker decides whether an object file is part of a program by its
// symbols: an archive member is pulled in only when it defines a symbol
// that is still undefined, a shared library linked --as-needed is kept only
// when it defines one. To replay that decision after the ASTs are gone,
// each TU records the external symbols it defines and the ones it uses
// without defining (mangled as the compiler emits them), and its
// registrars: static-storage objects whose dynamic initialisation
// registers metrics, which run only if the object file is linked.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_LINK_LINKFACTS_H
#define METRICS_INIT_CHECK_MATCHERS_LINK_LINKFACTS_H

#include "PlacedFinding.h"

#include <string>
#include <vector>

namespace metrics_init_check {

class TUFacts;

/// A static-storage object whose initialisation registers metrics.
struct Registrar {
  std::string Name; ///< the object, qualified: "orders::TheCounters"
  std::string What; ///< how it registers: "'Register()' → 'Registry::Add'"
  FilePosition Where;
};

struct LinkFacts {
  /// False when the TU was analysed without the linker rule enabled: the
  /// symbols below are then unknown, not empty. The registrars are
  /// collected in every run: the audit counts them as metrics a program
  /// defines.
  bool Collected = false;
  /// Mangled names of the strong external definitions, sorted.
  std::vector<std::string> Defined;
  /// Mangled names of external functions and variables ODR-used here and
  /// not defined here, sorted.
  std::vector<std::string> Referenced;
  std::vector<Registrar> Registrars;
};

/// Fills \p Out from a TU just analysed; without \p Symbols, only the
/// registrars (the mangled names cost, and only the linker rule needs
/// them).
void collectLinkFacts(const TUFacts &Facts, LinkFacts &Out,
                      bool Symbols = true);

} // namespace metrics_init_check

#endif
