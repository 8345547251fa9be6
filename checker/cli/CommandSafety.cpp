//===--- CommandSafety.cpp - Compile commands that cannot run programs -----===//
//
// The options are clang 19's (include/clang/Driver/Options.inc) that make
// the driver execute a program, load a shared object, or choose where
// programs and driver configuration come from. Options that only choose
// headers (--gcc-toolchain=, --sysroot, --cuda-path=) stay: they change
// what is parsed, not what runs.
//
//===----------------------------------------------------------------------===//

#include "CommandSafety.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <cstring>

namespace metrics_init_check {

namespace {

bool startsWithAny(llvm::StringRef Arg,
                   llvm::ArrayRef<llvm::StringRef> Prefixes) {
  return llvm::any_of(Prefixes,
                      [&](llvm::StringRef P) { return Arg.starts_with(P); });
}

/// An option that is unsafe on its own, its value joined to it.
bool unsafeJoined(llvm::StringRef Arg) {
  static const llvm::StringRef Prefixes[] = {
      // Shared objects loaded into the compiler.
      "-fplugin=", "-fpass-plugin=", "-fplugin-arg-", "--hipspv-pass-plugin=",
      // Programs run to find the GPUs of the machine.
      "--nvptx-arch-tool=", "--amdgpu-arch-tool=",
      // OpenMP offloading without an architecture runs those probes.
      "-fopenmp-targets=",
      // Where the driver looks for the programs it runs.
      "--prefix=", "--ld-path=", "-fuse-ld=", "--ptxas-path=",
      // Driver configuration files: options read from a file of the tree.
      "--config=", "--config-system-dir=", "--config-user-dir=",
      // The driver's own testing options (-ccc-install-dir and the like).
      "-ccc-"};
  if (startsWithAny(Arg, Prefixes))
    return true;
  // -B<dir>: a program search path (it can supply the cc1 the driver runs).
  if (Arg.starts_with("-B") && Arg.size() > 2)
    return true;
  // The native architecture is found by running the probe programs.
  for (llvm::StringRef Prefix : {"--offload-arch=", "--cuda-gpu-arch=",
                                 "--offload="})
    if (Arg.starts_with(Prefix) && Arg.contains("native"))
      return true;
  return false;
}

/// An option that is unsafe with the next argument as its value.
bool unsafeSeparate(llvm::StringRef Arg) {
  return Arg == "-B" || Arg == "--prefix" || Arg == "--config" ||
         Arg == "-ccc-install-dir" || Arg == "-ccc-gcc-name" ||
         Arg == "-ccc-arcmt-migrate" || Arg == "-ccc-objcmt-migrate";
}

/// A compiler (cc1) option that loads code: given through -Xclang, or on
/// a `clang -cc1` command line. \p TakesValue: the next argument is its
/// value.
bool unsafeFrontend(llvm::StringRef Arg, bool &TakesValue) {
  TakesValue = Arg == "-load" || Arg == "-plugin" || Arg == "-add-plugin" ||
               Arg.starts_with("-plugin-arg-");
  return TakesValue || Arg.starts_with("-fplugin=") ||
         Arg.starts_with("-fpass-plugin=") || Arg.starts_with("-load=");
}

/// Options that hand their next argument to another tool or compilation:
/// that argument is checked as an option of its own.
bool passesThrough(llvm::StringRef Arg) {
  return Arg.starts_with("-Xarch_") || Arg.starts_with("-Xopenmp-target") ||
         Arg == "-Xcuda-ptxas" || Arg == "-Xcuda-fatbinary" ||
         Arg.starts_with("-Xoffload-linker");
}

} // namespace

std::vector<std::string>
withoutUnsafeOptions(const std::vector<std::string> &Args,
                     std::vector<std::string> *Removed, bool WithProgram) {
  std::vector<std::string> Out;
  auto Remove = [&](size_t From, size_t To) { // [From, To)
    if (!Removed)
      return;
    std::string What;
    for (size_t I = From; I < To && I < Args.size(); ++I)
      What += (What.empty() ? "" : " ") + Args[I];
    Removed->push_back(What);
  };
  size_t N = Args.size();
  if (!WithProgram)
    Out.push_back("--no-default-config");
  for (size_t I = 0; I < N; ++I) {
    llvm::StringRef Arg = Args[I];
    bool TakesValue = false;
    if (I == 0 && WithProgram) {
      Out.push_back(Args[I]);
      // Default configuration files are looked for beside the compiler the
      // command names, which may be in the tree (a -cc1 line reads none).
      if (N < 2 || Args[1] != "-cc1")
        Out.push_back("--no-default-config");
      continue;
    }
    if (Arg == "--") { // the rest are file names
      Out.insert(Out.end(), Args.begin() + I, Args.end());
      break;
    }
    if (unsafeSeparate(Arg)) {
      Remove(I, I + 2);
      ++I;
      continue;
    }
    if (unsafeJoined(Arg)) {
      Remove(I, I + 1);
      continue;
    }
    // clang-cl's /clang:<option> passes an option to the driver.
    if ((Arg.starts_with("/clang:") || Arg.starts_with("-clang:")) &&
        (unsafeJoined(Arg.drop_front(7)) ||
         unsafeFrontend(Arg.drop_front(7), TakesValue) ||
         Arg.drop_front(7).starts_with("-Xclang"))) {
      Remove(I, I + 1);
      continue;
    }
    if (unsafeFrontend(Arg, TakesValue)) {
      Remove(I, I + 1 + TakesValue);
      I += TakesValue;
      continue;
    }
    // -Xclang <option> [-Xclang <value>], and -Xclang=<option>.
    if ((Arg == "-Xclang" && I + 1 < N) || Arg.starts_with("-Xclang=")) {
      bool Joined = Arg != "-Xclang";
      llvm::StringRef Option =
          Joined ? Arg.drop_front(strlen("-Xclang=")) : Args[I + 1];
      size_t Width = Joined ? 1 : 2;
      if (!unsafeFrontend(Option, TakesValue)) {
        Out.insert(Out.end(), Args.begin() + I, Args.begin() + I + Width);
        I += Width - 1;
        continue;
      }
      size_t End = I + Width;
      // The value comes through -Xclang too.
      if (TakesValue && End < N) {
        if (Args[End] == "-Xclang")
          End = std::min(N, End + 2);
        else if (llvm::StringRef(Args[End]).starts_with("-Xclang="))
          End += 1;
      }
      Remove(I, End);
      I = End - 1;
      continue;
    }
    if (passesThrough(Arg) && I + 1 < N) {
      llvm::StringRef Value = Args[I + 1];
      if (unsafeJoined(Value) || unsafeSeparate(Value) ||
          unsafeFrontend(Value, TakesValue) || Value.starts_with("-Xclang") ||
          Value == "-march=native" || Value == "-mcpu=native") {
        Remove(I, I + 2);
      } else {
        Out.push_back(Args[I]);
        Out.push_back(Args[I + 1]);
      }
      ++I;
      continue;
    }
    Out.push_back(Args[I]);
  }
  return Out;
}

} // namespace metrics_init_check
