//===--- Options.h - The command line of metrics-init-check ----*- C++ -*-===//
//
// The CLI's options, defined in Options.cpp so that MetricsInitCheck.cpp
// holds only the stages of a run. Hidden options are for tests and
// debugging (--sarif-output, --dump, --debug-*).
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_CHECKER_CLI_OPTIONS_H
#define METRICS_INIT_CHECK_CHECKER_CLI_OPTIONS_H

#include "RunOutput.h"

#include "llvm/Support/CommandLine.h"

#include <string>

namespace metrics_init_check {
namespace cli {

extern llvm::cl::OptionCategory Category;
extern llvm::cl::opt<std::string> BuildPath;
extern llvm::cl::list<std::string> Sources;
extern llvm::cl::opt<std::string> Checks;
extern llvm::cl::list<std::string> RulePacks;
extern llvm::cl::opt<bool> ListRules;
extern llvm::cl::opt<ReportFormat> OutputFormat;
extern llvm::cl::opt<std::string> OutputPath;
extern llvm::cl::opt<unsigned> Jobs;
extern llvm::cl::opt<bool> Fix;
extern llvm::cl::opt<std::string> ExportFixes;
extern llvm::cl::opt<std::string> FailOn;
extern llvm::cl::list<std::string> RuleOptions;
extern llvm::cl::opt<std::string> ConfigFile;
extern llvm::cl::opt<bool> NoConfigFromTree;
extern llvm::cl::opt<bool> ExplainConfig;
extern llvm::cl::opt<std::string> SourceRoot;
extern llvm::cl::opt<std::string> IndexDirPath;
extern llvm::cl::opt<std::string> ReportDir;
extern llvm::cl::opt<std::string> Baseline;
extern llvm::cl::opt<bool> FailOnNew;
extern llvm::cl::opt<std::string> ChangedSince;
extern llvm::cl::opt<std::string> SuppressionsPath;
extern llvm::cl::opt<std::string> SarifCategory;
extern llvm::cl::opt<unsigned> MaxResults;
extern llvm::cl::opt<unsigned> MaxUploadBytes;
extern llvm::cl::opt<std::string> DebugLineHashes;
extern llvm::cl::opt<std::string> DebugPauseBeforeOutput;
extern llvm::cl::opt<std::string> SarifOutputPath;
extern llvm::cl::opt<std::string> DebugDump;
extern llvm::cl::opt<bool> WriteCMakeQuery;
extern llvm::cl::list<std::string> ReportIn;
extern llvm::cl::opt<std::string> ProjectRoot;
extern llvm::cl::opt<bool> IncludeTests;
extern llvm::cl::opt<bool> NoPrefilter;
extern llvm::cl::opt<std::string> MaxMemory;
extern llvm::cl::list<std::string> ExtraArgs;
extern llvm::cl::list<std::string> ExtraArgsBefore;

} // namespace cli
} // namespace metrics_init_check

#endif
