//===--- RegistrationDroppedByLinker.cpp - metrics-registration-dropped-by-linker ===//

#include "RegistrationDroppedByLinker.h"
#include "LinkSimulation.h"
#include "ProgramIndex.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>

namespace metrics_init_check {

namespace {

using Result = RegistrationDroppedByLinker::Result;

std::string fileName(llvm::StringRef Path) {
  return llvm::sys::path::filename(Path).str();
}

/// How to ask CMake to keep every object file of \p Lib.
std::string keepSpelling(const BuildTarget &Lib) {
  if (Lib.Kind == TargetKind::Static)
    return "$<LINK_LIBRARY:WHOLE_ARCHIVE," + Lib.Name + ">";
  return "-Wl,--no-as-needed " + Lib.Name + " -Wl,--as-needed";
}

/// Where the target_link_libraries() call at \p At names \p Name, as a
/// whole word among its arguments (the first one, the target linked, is
/// skipped). A name spelled through a variable or an alias is not found:
/// the finding then has no fix.
std::optional<FilePosition> findLibraryName(const FilePosition &At,
                                            llvm::StringRef Name) {
  auto Buffer = llvm::MemoryBuffer::getFile(At.File);
  if (!Buffer)
    return std::nullopt;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  size_t Pos = 0;
  for (unsigned Line = 1; Line < At.Line && Pos != llvm::StringRef::npos; ++Line)
    Pos = Text.find('\n', Pos) == llvm::StringRef::npos
              ? llvm::StringRef::npos
              : Text.find('\n', Pos) + 1;
  if (Pos == llvm::StringRef::npos)
    return std::nullopt;
  size_t Open = Text.find('(', Pos), Close = Text.find(')', Open);
  if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos)
    return std::nullopt;
  auto IsSeparator = [](char C) {
    return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '(' ||
           C == ')' || C == '"';
  };
  unsigned Argument = 0;
  for (size_t I = Open + 1; I < Close;) {
    if (IsSeparator(Text[I])) {
      ++I;
      continue;
    }
    size_t End = I;
    while (End < Close && !IsSeparator(Text[End]))
      ++End;
    if (Argument++ > 0 && Text.slice(I, End) == Name) {
      FilePosition P;
      P.File = At.File;
      P.Line = 1 + Text.take_front(I).count('\n');
      P.Column = I - (Text.take_front(I).rfind('\n') + 1) + 1;
      return P;
    }
    I = End;
  }
  return std::nullopt;
}

/// The linker arguments of a command fragment: "-Wl,a,b" and
/// "-Xlinker a" give theirs; anything else is a path or a driver flag.
struct LinkArgs {
  std::vector<std::string> LinkerFlags;
  std::vector<std::string> Paths;
};
LinkArgs splitFragment(llvm::StringRef Fragment) {
  LinkArgs Out;
  llvm::SmallVector<llvm::StringRef, 8> Tokens;
  Fragment.split(Tokens, ' ', -1, /*KeepEmpty=*/false);
  for (size_t I = 0; I < Tokens.size(); ++I) {
    llvm::StringRef T = Tokens[I].trim("\"");
    if (T == "-Xlinker" && I + 1 < Tokens.size()) {
      Out.LinkerFlags.push_back(Tokens[++I].str());
    } else if (T.consume_front("-Wl,")) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      T.split(Parts, ',');
      for (llvm::StringRef P : Parts)
        Out.LinkerFlags.push_back(P.str());
    } else if (!T.starts_with("-")) {
      Out.Paths.push_back(T.str());
    }
  }
  return Out;
}

/// The link of one executable or shared library, as the rule sees it.
struct Product {
  bool Done = false, Busy = false;
  /// False when a source it links has no facts: nothing is decided.
  bool Complete = true;
  std::vector<unsigned> Linked; ///< TUs in the output file itself
  struct Drop {
    unsigned TU;
    const BuildTarget *Library; ///< the archive or shared library
    std::optional<FilePosition> Origin;
  };
  std::vector<Drop> Drops;
};

class Decider {
public:
  Decider(llvm::ArrayRef<const TUIndex *> TUs, const BuildGraph &G,
          Level Severity, Result &R)
      : TUs(TUs), G(G), Severity(Severity), R(R) {
    for (unsigned I = 0; I < TUs.size(); ++I)
      ByFile[TUs[I]->MainFile] = I;
  }

  void run() {
    for (const BuildTarget &T : G.Targets)
      if (T.Kind == TargetKind::Executable || T.Kind == TargetKind::Shared ||
          T.Kind == TargetKind::Module) {
        const Product &P = link(T);
        for (const Product::Drop &D : P.Drops)
          for (const Registrar &Reg : TUs[D.TU]->Link.Registrars)
            report(T, D, Reg);
      }
  }

private:
  /// The TU of \p Source, or none (noting it) when it has no facts.
  std::optional<unsigned> tuOf(const std::string &Source,
                               std::vector<std::string> &Missing) {
    auto It = ByFile.find(Source);
    if (It == ByFile.end() || !TUs[It->second]->Link.Collected) {
      Missing.push_back(Source);
      return std::nullopt;
    }
    return It->second;
  }

  void members(const BuildTarget &T, std::vector<unsigned> &Out,
               std::vector<std::string> &Missing) {
    for (const std::string &Source : T.Sources)
      if (std::optional<unsigned> TU = tuOf(Source, Missing))
        Out.push_back(*TU);
    for (const std::string &Object : T.LinkedObjects) {
      if (auto Source = G.objectSource(Object)) {
        if (std::optional<unsigned> TU = tuOf(Source->second, Missing))
          Out.push_back(*TU);
      } else {
        Missing.push_back(Object);
      }
    }
  }

  const Product &link(const BuildTarget &T) {
    Product &P = Products[&T];
    if (P.Done || P.Busy)
      return P;
    P.Busy = true;
    std::vector<std::string> Missing;
    std::vector<LinkInput> Inputs(1);
    std::vector<std::pair<const BuildTarget *, std::optional<FilePosition>>>
        Origins(1);
    members(T, Inputs[0].Members, Missing);
    // ld's positional options; --push-state/--pop-state are what CMake's
    // WHOLE_ARCHIVE feature writes. Toolchains of Debian and Ubuntu link
    // --as-needed unless told otherwise.
    struct State {
      bool WholeArchive = false, AsNeeded = true;
    } S;
    std::vector<State> Saved;
    for (const LinkFragment &F : T.Link) {
      LinkArgs Args = splitFragment(F.Text);
      for (const std::string &Flag : Args.LinkerFlags) {
        if (Flag == "--whole-archive")
          S.WholeArchive = true;
        else if (Flag == "--no-whole-archive")
          S.WholeArchive = false;
        else if (Flag == "--as-needed")
          S.AsNeeded = true;
        else if (Flag == "--no-as-needed")
          S.AsNeeded = false;
        else if (Flag == "--push-state")
          Saved.push_back(S);
        else if (Flag == "--pop-state" && !Saved.empty()) {
          S = Saved.back();
          Saved.pop_back();
        }
      }
      for (const std::string &Path : Args.Paths) {
        // Libraries from outside the build (system ones) define nothing
        // of the program's registrars.
        const BuildTarget *Lib = G.byArtifact(Path);
        if (!Lib)
          continue;
        LinkInput In;
        if (Lib->Kind == TargetKind::Static) {
          In.Kind = LinkInput::Archive;
          In.WholeArchive = S.WholeArchive;
          members(*Lib, In.Members, Missing);
        } else if (Lib->Kind == TargetKind::Shared) {
          const Product &Shared = link(*Lib);
          if (!Shared.Complete)
            P.Complete = false;
          In.Kind = LinkInput::SharedLibrary;
          In.AsNeeded = S.AsNeeded;
          In.Members = Shared.Linked;
        } else {
          continue;
        }
        Inputs.push_back(std::move(In));
        Origins.push_back({Lib, F.Origin});
      }
    }
    if (!Missing.empty())
      P.Complete = false;
    // Said only where a known registrar's fate depends on it.
    bool Matters = llvm::any_of(
        llvm::ArrayRef(Inputs).drop_front(), [&](const LinkInput &In) {
          return llvm::any_of(In.Members, [&](unsigned M) {
            return !TUs[M]->Link.Registrars.empty();
          });
        });
    if (!Missing.empty() && Matters) {
      R.NotAnalysed.push_back(
          "the link of " + kindName(T.Kind).str() + " '" + T.Name +
          "' was not checked for dropped registrations: " +
          std::to_string(Missing.size()) +
          " source(s) it links were not analysed in this run (the first: " +
          Missing.front() +
          "); analyse the whole compilation database, or keep an --index-dir");
    }
    if (P.Complete) {
      LinkOutcome O = simulateLink(
          Inputs, [&](unsigned I) -> const LinkFacts & { return TUs[I]->Link; });
      // What the output itself holds: its objects and the archive members
      // pulled in; a shared library it needs stays a library of its own.
      for (const LinkInput &In : Inputs)
        if (In.Kind != LinkInput::SharedLibrary)
          for (unsigned M : In.Members)
            if (O.Linked.count(M))
              P.Linked.push_back(M);
      for (size_t I = 1; I < Inputs.size(); ++I) {
        bool WholeDrop =
            Inputs[I].Kind == LinkInput::SharedLibrary && !O.Kept[I];
        for (unsigned M : Inputs[I].Members)
          if (WholeDrop || (Inputs[I].Kind == LinkInput::Archive &&
                            !O.Linked.count(M)))
            P.Drops.push_back({M, Origins[I].first, Origins[I].second});
      }
    }
    P.Done = true;
    P.Busy = false;
    return P;
  }

  void report(const BuildTarget &T, const Product::Drop &D,
              const Registrar &Reg) {
    const TUIndex &TU = *TUs[D.TU];
    const BuildTarget &Lib = *D.Library;
    std::string File = fileName(TU.MainFile);
    std::string Artifact =
        Lib.Artifacts.empty() ? Lib.Name : fileName(Lib.Artifacts.front());
    PlacedFinding F;
    F.RuleId = RegistrationDroppedByLinker::Id.str();
    F.Severity = Severity;
    F.MainFile = TU.MainFile;
    F.Where = Reg.Where;
    F.Message = "'" + Reg.Name + "' registers metrics (" + Reg.What + ") ";
    if (Lib.Kind == TargetKind::Static)
      F.Message += "but the linker leaves " + File + " out of " +
                   kindName(T.Kind).str() + " '" + T.Name +
                   "': it is a member of static library '" + Artifact +
                   "' and nothing '" + T.Name +
                   "' links references a symbol it defines, so the "
                   "registration never runs";
    else
      F.Message += "but " + kindName(T.Kind).str() + " '" + T.Name +
                   "' links shared library '" + Artifact +
                   "' --as-needed and uses none of its symbols: the library "
                   "is not loaded and the registration never runs";
    std::string Snippet = "target_link_libraries(" + T.Name + " PRIVATE " +
                          keepSpelling(Lib) + ")";
    if (D.Origin) {
      F.Related.push_back({*D.Origin, "'" + T.Name + "' links '" + Lib.Name +
                                          "' here; to keep " + File +
                                          ", link it as: " + Snippet});
      if (std::optional<FilePosition> At = findLibraryName(*D.Origin, Lib.Name)) {
        F.Fixes.push_back(
            {*At, static_cast<unsigned>(Lib.Name.size()), keepSpelling(Lib)});
        F.FixDescription = Lib.Kind == TargetKind::Static
                               ? "link '" + Lib.Name + "' as a whole archive"
                               : "link '" + Lib.Name + "' --no-as-needed";
      }
    } else {
      F.Related.push_back({Reg.Where, "to keep " + File + ", link '" +
                                          Lib.Name + "' as: " + Snippet});
    }
    R.Findings.push_back(std::move(F));
  }

  llvm::ArrayRef<const TUIndex *> TUs;
  const BuildGraph &G;
  Level Severity;
  Result &R;
  llvm::StringMap<unsigned> ByFile;
  std::map<const BuildTarget *, Product> Products;
};

/// Without a build graph: a TU that defines nothing another TU references
/// is dropped as soon as it lands in a static library or an --as-needed
/// shared library. Whether it does is unknown, hence a note.
void decideWithoutGraph(llvm::ArrayRef<const TUIndex *> TUs, Result &R) {
  llvm::StringSet<> Referenced;
  for (const TUIndex *TU : TUs)
    for (const std::string &Name : TU->Link.Referenced)
      Referenced.insert(Name);
  for (const TUIndex *TU : TUs) {
    if (TU->Link.Registrars.empty() ||
        llvm::any_of(TU->Link.Defined, [&](const std::string &Name) {
          // main is the program itself, always linked.
          return Name == "main" || Referenced.count(Name);
        }))
      continue;
    std::string File = fileName(TU->MainFile);
    for (const Registrar &Reg : TU->Link.Registrars) {
      PlacedFinding F;
      F.RuleId = RegistrationDroppedByLinker::Id.str();
      F.Severity = Level::Note;
      F.MainFile = TU->MainFile;
      F.Where = Reg.Where;
      F.Message = "'" + Reg.Name + "' registers metrics (" + Reg.What +
                  ") but no other TU references a symbol " + File +
                  " defines: in a static library, or a shared library linked "
                  "--as-needed, the linker leaves it out and the registration "
                  "never runs (no CMake File API reply to check the build "
                  "with)";
      R.Findings.push_back(std::move(F));
    }
  }
}

} // namespace

Result RegistrationDroppedByLinker::run(llvm::ArrayRef<const TUIndex *> TUs,
                                        const BuildGraph *Graph, Options Opts) {
  Result R;
  if (Opts.Severity == Level::None)
    return R;
  if (Graph)
    Decider(TUs, *Graph, Opts.Severity, R).run();
  else
    decideWithoutGraph(TUs, R);
  return R;
}

Result RegistrationDroppedByLinker::run(llvm::ArrayRef<const TUIndex *> TUs,
                                        const BuildGraph *Graph) {
  return run(TUs, Graph, Options());
}

} // namespace metrics_init_check
