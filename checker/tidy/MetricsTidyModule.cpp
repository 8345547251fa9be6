//===--- MetricsTidyModule.cpp - The metrics-* checks for clang-tidy -------===//
//
// Loaded with `clang-tidy --load=<this library>`. Registers one check per
// rule of the registry.
//
//===----------------------------------------------------------------------===//

#include "EngineCheck.h"
#include "RuleRegistry.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace metrics_init_check {
namespace {

class MetricsTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    for (const RuleInfo &Rule : RuleRegistry::builtin().rules())
      Factories.registerCheckFactory(
          Rule.Id, [](llvm::StringRef Name, clang::tidy::ClangTidyContext *Context) {
            return std::make_unique<EngineCheck>(Name, Context);
          });
  }
};

} // namespace

// After HostVersion.cpp's guard: registering into another clang-tidy would
// crash, the guard stops first with a message.
static clang::tidy::ClangTidyModuleRegistry::Add<MetricsTidyModule>
    Registration("metrics-init-check", "Adds the metrics-* checks.");

} // namespace metrics_init_check
