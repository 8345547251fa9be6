//===--- ProgramIndex.h - Per-TU facts and the whole-program pass -*- C++ -*-===//
//
// Two phases over a compilation database: each TU contributes the graphs of
// the functions it defines and the names (USRs) of the functions it calls
// without defining; the whole-program pass solves every graph together, so
// a wrapper defined in telemetry.cpp and called in main.cpp is known for
// what it does. TUs that call such functions are then analysed with the
// program's summaries.
//
// An index directory keeps each TU's facts between runs, keyed by its
// compile command and the contents of every file it read, and the solved
// program summaries for the clang-tidy plugin (IndexDir option).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_PROGRAM_PROGRAMINDEX_H
#define METRICS_INIT_CHECK_MATCHERS_PROGRAM_PROGRAMINDEX_H

#include "LinkFacts.h"
#include "MetricsInventory.h"
#include "ObjectFlow.h"
#include "SetupSummaries.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

#include <optional>

namespace metrics_init_check {

/// A service entry the TU defines: main, or a function a rule pack or the
/// EntryPoints option names. Each entry no other entry reaches is a
/// program of its own for the audit (ProgramVerdicts.h).
struct EntryFunction {
  std::string Usr;
  std::string Name; ///< qualified, as reports show it
  unsigned Line = 0;
};

/// What one TU contributes to the whole-program pass.
struct TUIndex {
  std::string MainFile;
  std::string Command; ///< the compile command, joined
  /// Every file the TU read, with a hash of its contents when it was read.
  std::vector<std::pair<std::string, uint64_t>> Inputs;
  std::vector<FunctionGraph> Graphs;
  /// USRs of functions called here and defined elsewhere.
  std::vector<std::string> ExternalCalls;
  /// Program-wide requirements (by id) this TU meets, and those whose
  /// condition it triggers (rule packs' program_requires).
  std::vector<std::string> MetRequirements, UsedRequirements;
  /// Requirements the TU meets only in some environments, by id, with
  /// what the environment must provide (`met_in_some_environments`).
  std::vector<std::pair<std::string, std::string>> PartlyMetRequirements;
  /// What the TU does with metrics objects in holders it shares with
  /// other TUs (globals, fields, functions' parameters and results).
  HolderTable Holders;
  /// Some object the TU creates goes into such a holder: its findings
  /// need the program's record.
  bool ObjectsNeedProgram = false;
  /// The TU defines main: the database holds a program, not a library.
  bool DefinesMain = false;
  /// The entries the TU defines, main included, in source order: where
  /// program verdicts start (ProgramVerdicts.h).
  std::vector<EntryFunction> Entries;
  /// Whether collectIndex hashes the inputs (only an index directory
  /// uses them).
  bool RecordInputs = true;
  /// The metrics the TU's own code defines (the audit's inventory).
  std::vector<MetricRecord> Metrics;
  /// Samples made on globals and fields holding other files' metrics.
  std::vector<HeldSample> HeldSamples;
  /// The TU is a test or benchmark program (CodeOwnership): its metrics
  /// are in the inventory, but no rule reports on them.
  bool TestProgram = false;
  /// Symbols and registrars, for metrics-registration-dropped-by-linker;
  /// collected only when that rule is enabled.
  LinkFacts Link;
  /// What a front end found in this TU, opaque to the engine, and the key
  /// of everything that decided it (the front end's configuration and
  /// programDependencies()). Empty when not recorded.
  struct CachedFindings {
    std::string Key;
    std::string Report;
  } Findings;
};

/// Fills \p Out's graphs, external calls, object holders and inputs from a
/// TU just analysed.
void collectIndex(const TUFacts &Facts, const TUSummaries &S,
                  const TUObjects &Objects, TUIndex &Out);

/// Whether the TU calls a function of another TU whose summary a rule can
/// see, or puts an object where other TUs take it on: its findings must
/// come from an analysis with the program's summaries.
bool needsProgram(const TUIndex &TU, const ProgramSummaries &P);

/// A hash of everything in \p P that the analysis of \p TU can read: the
/// summaries that matter of the functions it calls (or names in skipped
/// preprocessor text: ExternalCalls holds both) and other TUs define, the
/// requirements it uses that the complete program does not meet, the
/// shared holders when it has objects in any. Equal hashes mean
/// needsProgram() is the same and the TU's findings are too, under two
/// programs or two states of one.
uint64_t programDependencies(const TUIndex &TU, const ProgramSummaries &P);

struct ProgramPassStats {
  size_t TUs = 0, Functions = 0;
  uint64_t Work = 0; ///< graph nodes processed: linear in the program
};

/// The whole-program pass: every TU's graphs solved together. Only the
/// functions other TUs can call are in the result.
ProgramSummaries solveProgram(llvm::ArrayRef<const TUIndex *> TUs,
                              ProgramPassStats *Stats = nullptr);

/// A directory of TUIndex entries, one file per main file, plus the solved
/// program (program.json). Entries are written atomically; an entry that
/// cannot be read, is malformed, or is stale is analysed again.
class IndexDir {
public:
  explicit IndexDir(std::string Path) : Path(std::move(Path)) {}

  /// Creates the directory if needed.
  llvm::Error prepare() const;
  /// The stored facts of \p MainFile, if still valid for \p Command and
  /// for the current contents of every file the TU read. An entry that
  /// exists but cannot be read back sets \p Damaged to why.
  std::optional<TUIndex> load(llvm::StringRef MainFile,
                              llvm::StringRef Command,
                              std::string *Damaged = nullptr) const;
  llvm::Error store(const TUIndex &TU) const;
  llvm::Error storeProgram(const ProgramSummaries &P) const;

  /// Reads the program summaries a CLI run stored in \p Dir.
  static llvm::Expected<ProgramSummaries> loadProgram(llvm::StringRef Dir);

  /// The metrics inventory of every TU a CLI run stored in \p Dir, as
  /// TUIndex values with only MainFile, Metrics and TestProgram filled, in
  /// main-file order. Read as stored, like program.json: an entry is not
  /// checked against the current files (their commands are not known
  /// here), and one that cannot be read or is of another version is left
  /// out. What the plugin compares a TU's metric definitions with.
  static std::vector<TUIndex> loadInventories(llvm::StringRef Dir);

private:
  std::string entryPath(llvm::StringRef MainFile) const;
  /// hashFile(), once per file and run: every TU of a project reads the
  /// same headers, and load() checks them all.
  std::optional<uint64_t> hashOnce(llvm::StringRef File) const;
  std::string Path;
  mutable llvm::StringMap<std::optional<uint64_t>> Hashes;
};

/// A hash of \p File's contents; nullopt when it cannot be read or is not
/// a regular file.
std::optional<uint64_t> hashFile(llvm::StringRef File);

/// An index entry's text (what IndexDir::load reads), if it is well formed
/// and for \p MainFile and \p Command; with \p CheckInputs, also only while
/// every file the TU read is unchanged. Split out for the fuzzers. A
/// malformed entry sets \p Damaged to why (not a stale or foreign one).
std::optional<TUIndex> parseIndexEntry(llvm::StringRef Text,
                                       llvm::StringRef MainFile,
                                       llvm::StringRef Command,
                                       bool CheckInputs = true,
                                       std::string *Damaged = nullptr);

/// program.json's text, as IndexDir::loadProgram reads it from \p File.
llvm::Expected<ProgramSummaries> parseProgram(llvm::StringRef Text,
                                              llvm::StringRef File);

} // namespace metrics_init_check

#endif
