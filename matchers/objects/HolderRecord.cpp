//===--- HolderRecord.cpp - What a TU does with the holders it shares ------===//
//
// The record other TUs read: for each global, field of an open class,
// parameter and result of a shared function that holds a metrics object,
// what this TU does with it (fills, exports, hands on); and which
// functions are factories of a fresh object.
//
//===----------------------------------------------------------------------===//

#include "ObjectIndex.h"
#include "ProgramSummaries.h"
#include "SourceText.h"

namespace metrics_init_check {
namespace object_flow {

namespace {

/// Builds the TU's record of the holders it shares with other TUs.
class HolderRecorder {
public:
  HolderRecorder(const TUFacts &Facts, const TUIndexer &Index,
                 HolderTable &Out)
      : Facts(Facts), Index(Index), Out(Out) {}

  void run() {
    // Shared globals and fields of open classes, where used or defined.
    for (const auto &[D, Refs] : Index.Refs) {
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        if (isSharedGlobal(VD))
          recordHolder(declKey("var:", VD), VD, VD->getDefinition() != nullptr);
      } else if (const auto *Field = dyn_cast<FieldDecl>(D)) {
        if (isOpen(Facts.context().getSourceManager(), Field->getParent()))
          recordHolder(declKey("field:", Field), Field, /*Defined=*/true);
      }
    }
    for (const VarDecl *VD : Index.Globals)
      if (isSharedGlobal(VD))
        recordHolder(declKey("var:", VD->getCanonicalDecl()), VD,
                     /*Defined=*/true);
    // Shared functions this TU defines: their parameters, and what they
    // return.
    for (const FunctionDecl *FD : Facts.ownFunctions()) {
      if (FD->isDependentContext())
        continue;
      // A method of a class whose fields other files follow: the program
      // learns that some TU defines it.
      if (const auto *Method = dyn_cast<CXXMethodDecl>(FD))
        if (isOpen(Facts.context().getSourceManager(), Method->getParent()) &&
            holdsObjects(Method->getParent()))
          recordClass(Method->getParent());
      if (!isSharedFunction(Facts, FD))
        continue;
      for (unsigned I = 0; I < FD->getNumParams(); ++I)
        recordHolder(paramKey(FD, I), FD->getParamDecl(I), /*Defined=*/true);
      recordResult(FD, /*Defined=*/true);
    }
    // Shared functions called here: where what they return goes.
    for (const auto &[Callee, Calls] : Index.Calls)
      if (isSharedFunction(Facts, Callee))
        recordResult(Callee, TUFacts::definitionOf(Callee)->hasBody());
  }

private:
  void recordHolder(std::string Key, const ValueDecl *D, bool Defined) {
    const ObjectPattern *P = heldPattern(Facts.api(), D->getType());
    if (!P || Key.empty() || !Done.insert(Key).second)
      return;
    ObjectFate Uses;
    Uses.Pattern = P;
    traceFromHolder(Facts, Index, D, Uses);
    record(Key, Uses, Defined);
    if (const auto *Field = dyn_cast<FieldDecl>(D))
      Out[Key].Owner = recordClass(Field->getParent());
  }

  /// Which of the class's methods this TU defines: the program knows all
  /// uses of a field only if some TU defines each. Returns its key.
  std::string recordClass(const RecordDecl *RD) {
    const auto *Class = dyn_cast<CXXRecordDecl>(RD);
    std::string Key = Class ? declKey("class:", Class) : std::string();
    if (Key.empty() || !Classes.insert(Key).second)
      return Key;
    HolderFacts &H = Out[Key];
    H.Defined = true;
    for (const CXXMethodDecl *M : Class->methods()) {
      if (!M->isUserProvided() || M->isPureVirtual())
        continue;
      std::string Usr = usrOf(M);
      if (Usr.empty())
        continue;
      H.Methods.insert(Usr);
      if (M->hasBody())
        H.DefinedMethods.insert(Usr);
    }
    return Key;
  }

  /// Whether a field of \p Class may hold a metrics object.
  bool holdsObjects(const CXXRecordDecl *Class) const {
    return llvm::any_of(Class->fields(), [&](const FieldDecl *F) {
      return heldPattern(Facts.api(), F->getType()) != nullptr;
    });
  }

  void recordResult(const FunctionDecl *FD, bool Defined) {
    const ObjectPattern *P = heldPattern(Facts.api(), FD->getReturnType());
    std::string Key = P ? returnKey(FD) : std::string();
    if (Key.empty())
      return;
    if (!Done.insert(Key).second) {
      Out[Key].Defined |= Defined;
      return;
    }
    ObjectFate Uses;
    Uses.Pattern = P;
    traceFromResultOf(Facts, Index, FD, Uses);
    record(Key, Uses, Defined);
  }

  void record(const std::string &Key, const ObjectFate &Uses, bool Defined) {
    HolderFacts &H = Out[Key];
    H.Kind = Uses.Pattern->Kind;
    H.Defined |= Defined;
    H.Unknown |= Uses.Escapes;
    H.Flows.insert(Uses.Flows.begin(), Uses.Flows.end());
    addCallSites(Facts.context(), Uses.Fills, H.Fills);
    addCallSites(Facts.context(), Uses.Exports, H.Exports);
  }

  const TUFacts &Facts;
  const TUIndexer &Index;
  HolderTable &Out;
  std::set<std::string> Done, Classes;
};


/// Marks the functions whose result is a fresh object: every value that
/// flows into `ret:F` here is an object created for it and nothing else.
void recordFactories(const ASTContext &Ctx, TUObjects &Out) {
  for (const ObjectFate &F : Out.Fates)
    for (const std::string &Key : F.Flows) {
      if (!llvm::StringRef(Key).starts_with("ret:"))
        continue;
      HolderFacts &H = Out.Holders[Key];
      if (F.Escapes || F.Persistent || F.Flows.size() != 1 ||
          !F.MadeBy.empty()) {
        H.OtherResult = true;
        continue;
      }
      H.FreshResult = true;
      addCallSites(Ctx, F.Fills, H.ResultFills);
      addCallSites(Ctx, F.Exports, H.ResultExports);
    }
  // A global or parameter returned as well: not a factory.
  std::vector<std::string> Returned;
  for (const auto &[Key, H] : Out.Holders)
    for (const std::string &To : H.Flows)
      if (llvm::StringRef(To).starts_with("ret:"))
        Returned.push_back(To);
  for (const std::string &Key : Returned)
    Out.Holders[Key].OtherResult = true;
}

} // namespace

void recordHolders(const TUFacts &Facts, const TUIndexer &Index,
                   TUObjects &Out) {
  HolderRecorder(Facts, Index, Out.Holders).run();
  recordFactories(Facts.context(), Out);
}

} // namespace object_flow

HolderClosure TUObjects::closure(const ObjectFate &F,
                                 const TUFacts &Facts) const {
  const ProgramSummaries *P = Facts.program();
  return closeOver(F.Flows, Holders, P ? &P->Holders : nullptr,
                   P && P->Complete);
}

bool TUObjects::dependsOnProgram() const {
  return llvm::any_of(Fates, [](const ObjectFate &F) {
    return !F.Escapes && (!F.Flows.empty() || !F.MadeBy.empty());
  });
}

HolderFacts TUObjects::record(const std::string &Key,
                              const TUFacts &Facts) const {
  const ProgramSummaries *P = Facts.program();
  return mergedRecord(Key, Holders, P && P->Complete ? &P->Holders : nullptr);
}

} // namespace metrics_init_check
