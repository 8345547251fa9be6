//===--- LinkFacts.cpp - What a TU gives and takes at link time ------------===//

#include "LinkFacts.h"
#include "SourceText.h"
#include "TUFacts.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Mangle.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace metrics_init_check {

using namespace clang;

namespace {

/// Walks the TU's declaration contexts (namespaces, classes, extern "C"
/// blocks), not function bodies: Sema has already marked every function
/// and variable the TU ODR-uses, so the declarations say it all. System
/// headers are skipped: they define nothing of the program's libraries.
class Collector {
public:
  Collector(const TUFacts &Facts, LinkFacts &Out, bool Symbols)
      : Facts(Facts), Ctx(Facts.context()), SM(Ctx.getSourceManager()),
        Names(Ctx), Mangler(Ctx.createMangleContext()), Out(Out),
        Symbols(Symbols) {}

  void run() {
    walk(Ctx.getTranslationUnitDecl());
    if (!Symbols)
      return;
    for (const auto &Name : Defined)
      Out.Defined.push_back(Name.getKey().str());
    // A declaration used before the definition later in the TU is not a
    // reference to another object file.
    for (const auto &Name : Referenced)
      if (!Defined.count(Name.getKey()))
        Out.Referenced.push_back(Name.getKey().str());
    std::sort(Out.Defined.begin(), Out.Defined.end());
    std::sort(Out.Referenced.begin(), Out.Referenced.end());
    Out.Collected = true;
  }

private:
  void walk(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (D->isInvalidDecl() ||
          SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
        continue;
      if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
        if (RD->isDependentContext() || !RD->isThisDeclarationADefinition())
          continue;
        if (Symbols)
          vtable(RD);
        walk(RD);
      } else if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D)) {
        walk(cast<DeclContext>(D));
      } else if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
        function(FD);
      } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
        variable(VD);
      }
    }
  }

  /// Constructors and destructors are emitted under several names (C1/C2,
  /// D0/D1/D2); any of them can be what another object file asks for.
  void add(llvm::StringSet<> &Set, const NamedDecl *D) {
    if (isa<CXXConstructorDecl, CXXDestructorDecl>(D)) {
      for (std::string &Name : Names.getAllManglings(D))
        Set.insert(Name);
      return;
    }
    std::string Name = Names.getName(D);
    if (!Name.empty())
      Set.insert(Name);
  }

  void function(const FunctionDecl *FD) {
    if (!Symbols || FD->isDependentContext() || !FD->hasExternalFormalLinkage())
      return;
    // Inline functions and implicit instantiations are emitted by every TU
    // that needs them (comdat): they never pull an object file in.
    if (FD->doesThisDeclarationHaveABody()) {
      if (Ctx.GetGVALinkageForFunction(FD) == GVA_StrongExternal)
        add(Defined, FD);
    } else if (FD->isUsed() && !FD->isDefined()) {
      add(Referenced, FD);
    }
  }

  void variable(const VarDecl *VD) {
    if (!VD->hasGlobalStorage() || VD->isStaticLocal() ||
        VD->getDeclContext()->isDependentContext())
      return;
    if (VD->isThisDeclarationADefinition() == VarDecl::Definition)
      registrar(VD);
    if (!Symbols || !VD->hasExternalFormalLinkage())
      return;
    if (VD->isThisDeclarationADefinition() == VarDecl::Definition) {
      if (Ctx.GetGVALinkageForVariable(VD) == GVA_StrongExternal)
        add(Defined, VD);
    } else if (VD->isUsed() && !VD->getDefinition()) {
      add(Referenced, VD);
    }
  }

  /// The vtable lives with the key function: constructing the class
  /// elsewhere references it, and pulls in the key function's object file.
  void vtable(const CXXRecordDecl *RD) {
    if (!RD->isDynamicClass() || isa<ClassTemplateSpecializationDecl>(RD))
      return;
    const CXXMethodDecl *Key = Ctx.getCurrentKeyFunction(RD);
    if (!Key)
      return; // emitted wherever it is used
    std::string Name;
    llvm::raw_string_ostream OS(Name);
    Mangler->mangleCXXVTable(RD, OS);
    OS.flush();
    if (Key->isDefined())
      Defined.insert(Name);
    else if (llvm::any_of(RD->ctors(),
                          [](const CXXConstructorDecl *C) { return C->isUsed(); }))
      Referenced.insert(Name);
  }

  /// A namespace-scope object or static data member of the main file whose
  /// initialiser registers metrics, directly or through the TU's functions.
  void registrar(const VarDecl *VD) {
    const Expr *Init = VD->getInit();
    if (!Init || VD->hasConstantInitialization() ||
        !SM.isInMainFile(SM.getExpansionLoc(VD->getLocation())))
      return;
    // A metrics library's own registrars (bvar's process-wide variables)
    // and a test program's are not the service's to link.
    if (IsTest || Facts.ownership().notOwned(VD->getLocation()))
      return;
    constexpr RoleMask Registering =
        roleBit(ApiRole::Register) | roleBit(ApiRole::SelfRegister);
    Effect Found;
    // The call-like expressions of the initialiser, outermost first; a
    // lambda's body is reached through its call, not walked here.
    llvm::SmallVector<const Stmt *, 16> Work{Init};
    while (!Work.empty() && !Found) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      if (isa<CallExpr, CXXConstructExpr, LambdaExpr>(S))
        Found = Facts.effectOf(S, Registering);
      if (!isa<LambdaExpr>(S))
        for (const Stmt *Child : S->children())
          Work.push_back(Child);
    }
    if (Found.Kind != EffectKind::Init)
      return;
    Registrar R;
    R.Name = VD->getQualifiedNameAsString();
    R.What = Facts.describe(Found);
    R.Where = filePosition(SM, VD->getLocation());
    Out.Registrars.push_back(std::move(R));
  }

  const TUFacts &Facts;
  ASTContext &Ctx;
  const SourceManager &SM;
  ASTNameGenerator Names;
  std::unique_ptr<MangleContext> Mangler;
  LinkFacts &Out;
  llvm::StringSet<> Defined, Referenced;
  bool Symbols;
  bool IsTest = Facts.ownership().testProgram().has_value();
};

} // namespace

void collectLinkFacts(const TUFacts &Facts, LinkFacts &Out, bool Symbols) {
  Collector(Facts, Out, Symbols).run();
}

} // namespace metrics_init_check
