//===--- ConflictingDefinition.cpp - metrics-conflicting-definition --------===//

#include "ConflictingDefinition.h"
#include "ProgramIndex.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/StringMap.h"

#include <map>
#include <set>
#include <tuple>

namespace metrics_init_check {

namespace {

struct Definition {
  const MetricRecord *Record;
  std::string MainFile;
  std::vector<std::string> Labels;
};

FilePosition nameOf(const MetricRecord &M) {
  return {M.File, M.NameLine ? M.NameLine : M.Line, M.NameColumn};
}

std::string joined(llvm::ArrayRef<std::string> Labels) {
  if (Labels.empty())
    return "no labels";
  std::string Out;
  for (const std::string &L : Labels)
    Out += (Out.empty() ? "'" : ", '") + L + "'";
  return "labels " + Out;
}

} // namespace

std::vector<PlacedFinding>
ConflictingDefinition::run(llvm::ArrayRef<const TUIndex *> TUs, Options Opts) {
  // Each definition once (a header's is seen by every TU including it),
  // grouped by the name a scrape shows, in file order.
  std::map<std::string, std::vector<Definition>> ByName;
  std::set<std::tuple<std::string, unsigned, std::string>> Seen;
  // Test and benchmark programs define throw-away metrics, by design.
  for (const TUIndex *TU : TUs)
    for (const MetricRecord &M : TU->TestProgram
                                     ? llvm::ArrayRef<MetricRecord>()
                                     : llvm::ArrayRef(TU->Metrics))
      if (M.ConstantName && !M.ExposedName.empty() &&
          Seen.insert({M.File, M.Line, M.ExposedName}).second)
        ByName[M.ExposedName].push_back({&M, TU->MainFile, M.labelNames()});
  std::vector<PlacedFinding> Out;
  for (auto &[Name, Defs] : ByName) {
    llvm::sort(Defs, [](const Definition &A, const Definition &B) {
      return std::tie(A.Record->File, A.Record->Line) <
             std::tie(B.Record->File, B.Record->Line);
    });
    const Definition &First = Defs.front();
    for (const Definition &D : llvm::ArrayRef(Defs).drop_front()) {
      std::string Why;
      if (D.Record->Type != First.Record->Type)
        Why = "as a " + D.Record->Type + ", but it is a " +
              First.Record->Type + " at the first definition";
      else if (!D.Labels.empty() && !First.Labels.empty() &&
               D.Labels != First.Labels)
        Why = "with " + joined(D.Labels) + ", but with " +
              joined(First.Labels) + " at the first definition";
      if (Why.empty())
        continue;
      PlacedFinding F;
      F.RuleId = Id.str();
      F.Severity = Opts.Severity;
      F.Message = "metric '" + Name + "' is defined here " + Why +
                  ": Prometheus keeps one type and one label set per name";
      F.Where = nameOf(*D.Record);
      F.MainFile = D.MainFile;
      F.Related.push_back({nameOf(*First.Record),
                           "first definition of '" + Name + "' (" +
                               First.Record->Type + ", " +
                               joined(First.Labels) + ")"});
      Out.push_back(std::move(F));
    }
  }
  return Out;
}

void ConflictingDefinition::runOnTU(llvm::ArrayRef<MetricSite> Sites,
                                    llvm::StringRef MainFile,
                                    llvm::ArrayRef<TUIndex> Stored,
                                    Options Opts, const FindingSink &Sink) {
  // This TU first: a header's definition, in this TU's and in stored
  // ones, is then this TU's, and reported here as the CLI reports it in
  // the first TU that includes it.
  TUIndex This;
  This.MainFile = MainFile.str();
  for (const MetricSite &Site : Sites)
    This.Metrics.push_back(Site.Record);
  std::vector<const TUIndex *> TUs = {&This};
  for (const TUIndex &Other : Stored)
    if (Other.MainFile != MainFile)
      TUs.push_back(&Other);
  for (const PlacedFinding &P : run(TUs, Opts)) {
    if (P.MainFile != MainFile)
      continue; // at another TU's definition: reported in that TU
    const MetricSite *At = nullptr;
    for (const MetricSite &Site : Sites) {
      FilePosition Name = nameOf(Site.Record);
      if (Name.File == P.Where.File && Name.Line == P.Where.Line &&
          Name.Column == P.Where.Column)
        At = &Site;
    }
    const clang::Expr *Expr =
        At ? (At->NameExpr ? At->NameExpr : At->Call) : nullptr;
    if (!Expr)
      continue;
    Finding F;
    F.RuleId = P.RuleId;
    F.Severity = P.Severity;
    F.Message = P.Message;
    F.Range = Expr->getSourceRange();
    // The first definition may be in a file this TU never read: a place
    // the front end resolves (RelatedLocation::Elsewhere).
    for (const PlacedNote &N : P.Related)
      F.Related.push_back({clang::SourceRange(), N.Message, N.Where});
    Sink(std::move(F));
  }
}

} // namespace metrics_init_check
