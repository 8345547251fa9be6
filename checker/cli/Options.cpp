//===--- Options.cpp - The command line of metrics-init-check --------------===//

#include "Options.h"

namespace metrics_init_check {
namespace cli {

namespace cl = llvm::cl;
using Format = ReportFormat;

cl::OptionCategory Category("metrics-init-check options");

cl::opt<std::string> BuildPath(
    "p", cl::desc("Build directory holding compile_commands.json (or the "
                  "file itself)"),
    cl::value_desc("build-dir"), cl::cat(Category));
cl::list<std::string> Sources(cl::Positional, cl::desc("[<file> ...]"),
                              cl::cat(Category));
cl::opt<std::string> Checks(
    "checks",
    cl::desc("Rules to run, clang-tidy glob syntax (default: metrics-*)"),
    cl::init("metrics-*"), cl::cat(Category));
cl::list<std::string> RulePacks(
    "rules",
    cl::desc("Additional rule pack (JSON file, or a directory of them); "
             "repeatable"),
    cl::value_desc("path"), cl::cat(Category));
cl::opt<bool> ListRules("list-rules", cl::desc("List the rules and exit"),
                        cl::cat(Category));
cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "compiler-style diagnostics"),
               clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(Format::Json, "json", "compact JSON"),
               clEnumValN(Format::CodeClimate, "codeclimate",
                          "GitLab Code Quality (CodeClimate JSON)")),
    cl::cat(Category));
cl::opt<std::string> OutputPath(
    "o", cl::desc("Write the report to <file> ('-' for stdout), atomically"),
    cl::value_desc("file"), cl::init("-"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Number of TUs analysed in parallel"),
                       cl::Prefix, cl::init(0), cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply suggested fixes to the sources"),
                  cl::cat(Category));
cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("Write fixes as clang-apply-replacements YAML to <file>"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> FailOn(
    "fail-on",
    cl::desc("Lowest level that makes the exit code 1: note, warning, error "
             "(default warning)"),
    cl::init("warning"), cl::cat(Category));
cl::list<std::string> RuleOptions(
    "option",
    cl::desc("Rule option, as in .clang-tidy CheckOptions: "
             "<rule-id>.<Name>=<value>; repeatable"),
    cl::value_desc("key=value"), cl::cat(Category));
cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc(".clang-tidy file to take metrics-* Checks and CheckOptions "
             "from (default: the nearest .clang-tidy above the current "
             "directory)"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> NoConfigFromTree(
    "no-config-from-tree",
    cl::desc("Read no .clang-tidy from the current directory or its parents "
             "(only --config-file, if given): for scanning code you do not "
             "trust"),
    cl::cat(Category));
cl::opt<bool> ExplainConfig(
    "explain-config",
    cl::desc("Print each setting and the configuration file or option that "
             "supplied it, then exit"),
    cl::cat(Category));
cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("Root that SARIF URIs and text paths are relative to (default: "
             "the current directory)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> IndexDirPath(
    "index-dir",
    cl::desc("Keep per-TU facts in <dir> between runs (reused for TUs that "
             "did not change) and write the whole-program summaries the "
             "clang-tidy plugin's IndexDir option reads"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> ReportDir(
    "report-dir",
    cl::desc("Also write the metrics audit into <dir>: summary.md (programs, "
             "which serve, which expose metrics) and programs.json; see "
             "docs/audit.md"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> Baseline(
    "baseline",
    cl::desc("Previous SARIF report: mark results new, unchanged, updated "
             "or absent"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> FailOnNew(
    "fail-on-new",
    cl::desc("Only new findings (against --baseline) make the exit code 1"),
    cl::cat(Category));
cl::opt<std::string> ChangedSince(
    "changed-since",
    cl::desc("Analyse only the TUs affected by files changed since the merge "
             "base with this git ref (committed or not)"),
    cl::value_desc("git-ref"), cl::cat(Category));
cl::opt<std::string> SuppressionsPath(
    "suppressions",
    cl::desc("Suppression file (JSON): accepted findings, each with a "
             "justification"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> SarifCategory(
    "sarif-category",
    cl::desc("SARIF automationDetails.id: one category per uploaded run, as "
             "upload-sarif's category input"),
    cl::value_desc("name"), cl::cat(Category));
cl::opt<unsigned> MaxResults(
    "max-results",
    cl::desc("Most results in one SARIF run (default and GitHub's limit: "
             "25000)"),
    cl::init(25000), cl::cat(Category));
// GitHub's upload limit is 10 MB gzipped; smaller in the tests of the cap.
cl::opt<unsigned> MaxUploadBytes("max-upload-bytes", cl::Hidden,
                                 cl::init(10u << 20), cl::cat(Category));
// For the tests of LineHash.cpp against GitHub's algorithm: every line's
// primaryLocationLineHash of a file.
cl::opt<std::string> DebugLineHashes("debug-line-hashes", cl::Hidden,
                                     cl::value_desc("file"),
                                     cl::cat(Category));
// For the tests of files changed or removed during the run: after the
// analysis, before the report and fixes are written, create <file> and
// wait (up to a minute) until it is deleted. Runs nothing.
cl::opt<std::string> DebugPauseBeforeOutput("debug-pause-before-output",
                                            cl::Hidden, cl::value_desc("file"),
                                            cl::cat(Category));
// For the rule tests (test/check_rule.py): the report also as SARIF, from
// the same analysis as the main output, so one run gives the text that is
// FileChecked and the SARIF that is compared with it.
cl::opt<std::string> SarifOutputPath("sarif-output", cl::Hidden,
                                     cl::value_desc("file"),
                                     cl::cat(Category));
// Debug dumps to stderr, as clang's analyses offer them: each TU's function
// graphs or set-up summaries, the preprocessor rule's record, the whole-
// program pass (the same as MIC_DEBUG_DUMP=<what>).
cl::opt<std::string> DebugDump(
    "dump", cl::Hidden,
    cl::value_desc("function-graphs|summaries|preprocessor|program"),
    cl::cat(Category));
cl::opt<bool> WriteCMakeQuery(
    "write-cmake-query",
    cl::desc("Write the CMake File API query (.cmake/api/v1/query/"
             "codemodel-v2) into the -p build directory and exit; the next "
             "cmake run there writes the build graph that "
             "metrics-registration-dropped-by-linker reads"),
    cl::cat(Category));
cl::list<std::string> ReportIn(
    "report-in",
    cl::desc("Report findings in files matching this glob even when they are "
             "a metrics library's or a dependency's code (absolute, or "
             "relative to the project root); repeatable"),
    cl::value_desc("glob"), cl::cat(Category));
cl::opt<std::string> ProjectRoot(
    "project-root",
    cl::desc("The project's own sources: findings outside it, or under its "
             "dependency folders (third_party/, _deps/, vendor/, ...), are "
             "not reported (default: the source directory of a CMake build "
             "directory, else the deepest folder holding every file of the "
             "compilation database outside the build directory)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> IncludeTests(
    "include-tests",
    cl::desc("Analyse test and benchmark programs (gtest, Catch2, doctest, "
             "Google Benchmark, tests/ and bench/ folders) as services"),
    cl::cat(Category));
cl::opt<std::string> MaxMemory(
    "max-memory",
    cl::desc("Analyse fewer TUs in parallel rather than hold more than this "
             "much memory (512M, 2G): the run goes on with fewer workers "
             "and says so"),
    cl::value_desc("size"), cl::cat(Category));

cl::opt<bool> NoPrefilter(
    "no-prefilter",
    cl::desc("Parse every TU, even those a token scan finds cannot matter "
             "to any rule (they name no rule-pack API, serve or entry "
             "point, environment source or metrics switch, no main, and no "
             "function a TU that does names)"),
    cl::cat(Category));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Append to the compile command"),
                                cl::cat(Category));
cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before", cl::desc("Prepend to the compile command"),
    cl::cat(Category));

} // namespace cli
} // namespace metrics_init_check
