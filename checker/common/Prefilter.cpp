//===--- Prefilter.cpp - TUs that cannot matter, found without parsing ----===//

#include "Prefilter.h"
#include "FileSafety.h"
#include "SourceText.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"

#include <deque>

namespace metrics_init_check {

namespace path = llvm::sys::path;

namespace {

/// "::prometheus::Exposer::*" -> "Exposer"; what a TU must spell to use it.
void addName(llvm::StringRef Qualified, PackVocabulary &V) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Qualified.split(Parts, "::", -1, /*KeepEmpty=*/false);
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    llvm::StringRef Part = It->trim();
    // A wildcard or an operator says nothing spellable: the part before.
    if (Part.empty() || Part.contains('*') || Part.starts_with("operator"))
      continue;
    V.Words.insert(Part);
    return;
  }
}

struct FileWords {
  llvm::StringSet<> All, Called;
  std::vector<std::string> Includes;
  /// Not read (not UTF-8, too large): its words are unknown.
  bool Unread = false;
};

bool keywordLike(llvm::StringRef W) {
  static const llvm::StringSet<> Keywords = {
      "if", "for", "while", "switch", "return", "sizeof", "catch",
      "decltype", "alignof", "static_assert", "defined", "noexcept"};
  return Keywords.count(W);
}

} // namespace

PackVocabulary packVocabulary(llvm::ArrayRef<RulePack> Packs) {
  PackVocabulary V;
  V.Words.insert("main");
  for (const RulePack &P : Packs) {
    for (const ApiPattern &A : P.Apis)
      addName(A.Name, V);
    for (const EnvSourcePattern &E : P.EnvSources)
      addName(E.Name, V);
    for (const ObjectPattern &O : P.Objects) {
      for (const std::string &T : O.Types)
        addName(T, V);
      for (const std::string &T : O.CreatedBy)
        addName(T, V);
      for (const ApiPattern &A : O.CreatedFilledBy)
        addName(A.Name, V);
      for (const std::string &T : O.HeldAs)
        addName(T, V);
      for (const ObjectUse &U : O.FilledBy)
        addName(U.Api, V);
      for (const ObjectUse &U : O.ExportedBy)
        addName(U.Api, V);
    }
    for (const ProgramRequirement &R : P.Requirements)
      for (const ApiPattern &A : R.When)
        addName(A.Name, V);
    for (const std::string &N : P.LibraryNamespaces)
      addName(N, V);
    for (const std::string &M : P.BuildModeMacros)
      V.Words.insert(M);
    for (const std::string &M : P.MetricsFeatureMacros)
      V.Words.insert(M);
    for (const std::string &M : P.MetricsSwitchNames)
      V.Words.insert(M);
    for (const std::string &F : P.FlagPrefixes)
      V.Prefixes.push_back(F);
  }
  return V;
}

void identifiers(llvm::StringRef Text, llvm::StringSet<> &All,
                 llvm::StringSet<> &Called) {
  size_t I = 0, N = Text.size();
  while (I < N) {
    char C = Text[I];
    if (!(llvm::isAlpha(C) || C == '_')) {
      ++I;
      continue;
    }
    size_t Start = I;
    while (I < N && (llvm::isAlnum(Text[I]) || Text[I] == '_'))
      ++I;
    llvm::StringRef Word = Text.slice(Start, I);
    All.insert(Word);
    size_t J = I;
    while (J < N && (Text[J] == ' ' || Text[J] == '\t'))
      ++J;
    if (J < N && Text[J] == '(' && !keywordLike(Word))
      Called.insert(Word);
  }
}

std::vector<bool> selectRelevant(llvm::ArrayRef<std::string> Sources,
                                 llvm::ArrayRef<std::string> Headers,
                                 const PackVocabulary &Vocabulary) {
  // Every file's words, read once; headers found by the spellings that
  // include them (any header whose path ends with the spelling: more
  // headers than the compiler would take, never fewer).
  llvm::StringMap<FileWords> Words;
  llvm::StringMap<std::vector<std::string>> ByName;
  for (const std::string &H : Headers)
    ByName[path::filename(H)].push_back(H);
  auto Read = [&](const std::string &File) -> FileWords & {
    auto [It, New] = Words.try_emplace(File);
    if (!New)
      return It->second;
    It->second.Unread = true;
    std::string Why;
    if (std::optional<std::string> Text = readChecked(File, Why)) {
      identifiers(*Text, It->second.All, It->second.Called);
      It->second.Unread = false;
      for (const std::string &S : includeSpellings(*Text)) {
        auto Found = ByName.find(path::filename(S));
        if (Found == ByName.end())
          continue;
        for (const std::string &H : Found->second)
          if (llvm::StringRef(H).ends_with("/" + S))
            It->second.Includes.push_back(H);
      }
    }
    return It->second;
  };
  // Per TU, the words of the TU and of everything it can include.
  std::vector<llvm::StringSet<>> TUWords(Sources.size()),
      TUCalled(Sources.size());
  // A TU with a file the scan could not read (Latin-1 text) may name
  // anything: it is kept, erring on keeping as everywhere here.
  std::vector<bool> Unread(Sources.size(), false);
  for (size_t I = 0; I < Sources.size(); ++I) {
    llvm::StringSet<> Seen;
    std::deque<std::string> Queue = {Sources[I]};
    while (!Queue.empty()) {
      std::string File = Queue.front();
      Queue.pop_front();
      if (!Seen.insert(File).second)
        continue;
      FileWords &W = Read(File);
      if (W.Unread)
        Unread[I] = true;
      for (const auto &E : W.All)
        TUWords[I].insert(E.first());
      // Only the TU's own calls and definitions widen the vocabulary:
      // a header's are the same for every TU that includes it.
      if (File == Sources[I])
        for (const auto &E : W.Called)
          TUCalled[I].insert(E.first());
      for (const std::string &H : W.Includes)
        Queue.push_back(H);
    }
  }
  auto Mentions = [&](size_t I, const llvm::StringSet<> &Vocab) {
    for (const auto &E : TUWords[I]) {
      if (Vocab.count(E.first()))
        return true;
      for (const std::string &P : Vocabulary.Prefixes)
        if (E.first().starts_with(P))
          return true;
    }
    return false;
  };
  std::vector<bool> Keep(Sources.size(), false);
  llvm::StringSet<> Vocab = Vocabulary.Words;
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (size_t I = 0; I < Sources.size(); ++I) {
      if (Keep[I] || (!Unread[I] && !Mentions(I, Vocab)))
        continue;
      Keep[I] = true;
      Changed = true;
      // What a relevant TU calls or defines makes the TUs that define or
      // call it relevant too.
      for (const auto &E : TUCalled[I])
        Vocab.insert(E.first());
    }
  }
  return Keep;
}

} // namespace metrics_init_check
