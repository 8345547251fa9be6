//===--- RegistryNotExposed.h - metrics-registry-not-exposed -----*- C++ -*-===//
//
/// Finds metrics objects that are set up but never reach an export: a
/// registry with families registered that nothing exposes, an exposer with
/// nothing registered, a push exporter never wrapped in a reader, a
/// provider never installed; and objects that die with the function that
/// set them up while an exporter still expects them.
///
/// Docs: docs/rules/metrics-registry-not-exposed.md
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_RULES_REGISTRYNOTEXPOSED_H
#define METRICS_INIT_CHECK_MATCHERS_RULES_REGISTRYNOTEXPOSED_H

#include "Finding.h"
#include "ObjectFlow.h"

namespace metrics_init_check {

class RegistryNotExposed {
public:
  static constexpr llvm::StringLiteral Id = "metrics-registry-not-exposed";

  struct Options {
    Level Severity = Level::Warning;
  };

  /// \p Objects: the TU's objects, traced once for this rule and the index.
  RegistryNotExposed(const TUFacts &Facts, const TUObjects &Objects,
                     Options Opts)
      : Facts(Facts), Objects(Objects), Opts(Opts) {}

  void run(const FindingSink &Sink) const;

private:
  const TUFacts &Facts;
  const TUObjects &Objects;
  Options Opts;
};

} // namespace metrics_init_check

#endif
