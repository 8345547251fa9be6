//===--- LinkSimulation.cpp - Which object files a GNU ld link keeps -------===//

#include "LinkSimulation.h"

#include "llvm/ADT/StringSet.h"

namespace metrics_init_check {

namespace {

class Linker {
public:
  explicit Linker(llvm::function_ref<const LinkFacts &(unsigned)> Symbols)
      : Symbols(Symbols) {}

  void add(unsigned Member) {
    const LinkFacts &F = Symbols(Member);
    for (const std::string &Name : F.Defined) {
      Defined.insert(Name);
      Undefined.erase(Name);
    }
    for (const std::string &Name : F.Referenced)
      if (!Defined.count(Name))
        Undefined.insert(Name);
  }

  /// Whether \p Member defines a symbol that is undefined now.
  bool resolvesSomething(unsigned Member) const {
    return llvm::any_of(Symbols(Member).Defined, [&](const std::string &Name) {
      return Undefined.count(Name) != 0;
    });
  }

private:
  llvm::function_ref<const LinkFacts &(unsigned)> Symbols;
  llvm::StringSet<> Defined, Undefined;
};

} // namespace

LinkOutcome
simulateLink(llvm::ArrayRef<LinkInput> Inputs,
             llvm::function_ref<const LinkFacts &(unsigned)> Symbols) {
  LinkOutcome Out;
  Out.Kept.assign(Inputs.size(), false);
  Linker L(Symbols);
  auto Take = [&](unsigned Member) {
    L.add(Member);
    Out.Linked.insert(Member);
  };
  for (size_t I = 0; I < Inputs.size(); ++I) {
    const LinkInput &In = Inputs[I];
    switch (In.Kind) {
    case LinkInput::Object:
      for (unsigned M : In.Members)
        Take(M);
      Out.Kept[I] = true;
      break;
    case LinkInput::Archive: {
      if (In.WholeArchive) {
        for (unsigned M : In.Members)
          Take(M);
        Out.Kept[I] = !In.Members.empty();
        break;
      }
      // The archive's symbol table is searched until a pass pulls nothing.
      llvm::DenseSet<unsigned> Pulled;
      for (bool Progress = true; Progress;) {
        Progress = false;
        for (unsigned M : In.Members)
          if (!Pulled.count(M) && L.resolvesSomething(M)) {
            Pulled.insert(M);
            Take(M);
            Progress = true;
          }
      }
      Out.Kept[I] = !Pulled.empty();
      break;
    }
    case LinkInput::SharedLibrary: {
      bool Needed = !In.AsNeeded || llvm::any_of(In.Members, [&](unsigned M) {
                      return L.resolvesSomething(M);
                    });
      if (Needed)
        for (unsigned M : In.Members)
          Take(M);
      Out.Kept[I] = Needed;
      break;
    }
    }
  }
  return Out;
}

} // namespace metrics_init_check
