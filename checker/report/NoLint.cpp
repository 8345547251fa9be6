//===--- NoLint.cpp - clang-tidy's NOLINT comments, for the CLI ------------===//

#include "NoLint.h"
#include "CheckGlobs.h"

#include "llvm/ADT/SmallVector.h"

namespace metrics_init_check {

namespace {

/// Whether the check list of a NOLINT(...) (empty: all checks) covers
/// \p RuleId.
bool covers(llvm::StringRef Globs, llvm::StringRef RuleId) {
  return Globs.trim().empty() || CheckGlobs(Globs).enabled(RuleId);
}

struct Marker {
  llvm::StringRef Kind; // NOLINT, NOLINTNEXTLINE, NOLINTBEGIN, NOLINTEND
  llvm::StringRef Globs;
  std::string Text;     // for the report: the comment from the marker on
};

/// The NOLINT markers in one line's comments.
llvm::SmallVector<Marker, 1> markersIn(llvm::StringRef LineText) {
  llvm::SmallVector<Marker, 1> Out;
  size_t Pos = 0;
  while ((Pos = LineText.find("NOLINT", Pos)) != llvm::StringRef::npos) {
    llvm::StringRef Rest = LineText.drop_front(Pos);
    Marker M;
    for (llvm::StringRef Kind :
         {"NOLINTNEXTLINE", "NOLINTBEGIN", "NOLINTEND", "NOLINT"})
      if (Rest.starts_with(Kind)) {
        M.Kind = Kind;
        break;
      }
    llvm::StringRef After = Rest.drop_front(M.Kind.size());
    if (After.starts_with("(")) {
      size_t Close = After.find(')');
      if (Close == llvm::StringRef::npos) { // malformed: clang-tidy ignores it
        Pos += M.Kind.size();
        continue;
      }
      M.Globs = After.slice(1, Close);
    }
    M.Text = Rest.rtrim().str();
    Out.push_back(M);
    Pos += M.Kind.size();
  }
  return Out;
}

} // namespace

std::optional<std::string> findNoLint(llvm::StringRef Buffer, unsigned Line,
                                      llvm::StringRef RuleId) {
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Buffer.split(Lines, '\n');
  if (Line == 0 || Line > Lines.size())
    return std::nullopt;
  for (const Marker &M : markersIn(Lines[Line - 1]))
    if (M.Kind == "NOLINT" && covers(M.Globs, RuleId))
      return M.Text;
  if (Line >= 2)
    for (const Marker &M : markersIn(Lines[Line - 2]))
      if (M.Kind == "NOLINTNEXTLINE" && covers(M.Globs, RuleId))
        return M.Text;
  // Open NOLINTBEGIN blocks above the line.
  std::vector<Marker> Open;
  for (unsigned I = 0; I + 1 < Line; ++I)
    for (const Marker &M : markersIn(Lines[I])) {
      if (M.Kind == "NOLINTBEGIN")
        Open.push_back(M);
      else if (M.Kind == "NOLINTEND")
        for (auto It = Open.rbegin(); It != Open.rend(); ++It)
          if (It->Globs == M.Globs) {
            Open.erase(std::next(It).base());
            break;
          }
    }
  for (const Marker &M : Open)
    if (covers(M.Globs, RuleId))
      return M.Text;
  return std::nullopt;
}

} // namespace metrics_init_check
