//===--- EnvDependence.h - Does a value come from the environment? -*- C++ -*-===//
//
// Decides whether a condition's value depends on how the service is
// deployed: an environment variable, a command-line flag, or a
// configuration value naming the environment ("stage", "env") compared with
// an environment name ("prod"). Values are followed through local and global
// variables, fields, parameters and helper functions' return values.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_FACTS_ENVDEPENDENCE_H
#define METRICS_INIT_CHECK_MATCHERS_FACTS_ENVDEPENDENCE_H

#include "TUFacts.h"

#include "clang/AST/Expr.h"

#include <optional>

namespace metrics_init_check {

/// Where a condition's dependence on the environment comes from.
struct EnvEvidence {
  enum SourceKind { EnvVariable, Flag, ConfigValue };
  SourceKind Kind = EnvVariable;
  /// The variable, flag or configuration key ("APP_ENV", "enable_metrics",
  /// "config.stage"); may be empty when the name is not a literal.
  std::string Name;
  /// Where the value is read (the getenv call, the flag reference).
  clang::SourceRange Where;
  /// The flag's default as its definition states it ("false"), if known.
  std::string FlagDefault;

  std::string describe() const;
};

/// `if (exposer)`, `if (!registry_)`, `if (provider != nullptr)`: a test of
/// whether an object exists. Such a test guards a use of the object; it
/// does not decide whether metrics are set up.
bool isObjectNullTest(const clang::Expr *Cond);

class EnvDependence {
public:
  explicit EnvDependence(const TUFacts &Facts);
  ~EnvDependence();

  /// Evidence that the condition \p Cond depends on the deployment
  /// environment, or nothing.
  /// \p ComparedWith holds what the condition is matched against
  /// elsewhere (a switch's case values).
  std::optional<EnvEvidence>
  ofCondition(const clang::Expr *Cond,
              llvm::ArrayRef<const clang::Expr *> ComparedWith = {});

  /// Whether the evidence is a metrics switch: the variable, flag or key
  /// says metrics.
  bool isMetricsSwitch(const EnvEvidence &E) const;

private:
  struct Impl;
  std::unique_ptr<Impl> P;
};

} // namespace metrics_init_check

#endif
