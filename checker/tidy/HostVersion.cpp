//===--- HostVersion.cpp - Refuse to load into another clang-tidy ----------===//
//
// The plugin is built against LLVM/Clang 19. Loaded into a clang-tidy of
// another major version it would register a module with another ABI and
// crash in the first check. Before anything registers, look at which LLVM
// the host process runs on and stop with a message instead.
//
//===----------------------------------------------------------------------===//

#include "llvm/Config/llvm-config.h"

#include <link.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <unistd.h>

namespace {

/// The major version in a loaded library's name: libLLVM-14.so,
/// libLLVM.so.19.1, libclang-cpp.so.14; 0 if it is not one of them.
int llvmMajorOf(const char *Path) {
  const char *Base = std::strrchr(Path, '/');
  Base = Base ? Base + 1 : Path;
  for (const char *Prefix : {"libLLVM-", "libLLVM.so.", "libclang-cpp.so."})
    if (std::strncmp(Base, Prefix, std::strlen(Prefix)) == 0)
      return std::atoi(Base + std::strlen(Prefix));
  return 0;
}

int visit(struct dl_phdr_info *Info, size_t, void *Data) {
  int Major = Info->dlpi_name ? llvmMajorOf(Info->dlpi_name) : 0;
  if (Major != 0 && Major != LLVM_VERSION_MAJOR)
    *static_cast<int *>(Data) = Major;
  return 0;
}

struct HostVersionGuard {
  HostVersionGuard() {
    int Other = 0;
    dl_iterate_phdr(visit, &Other);
    if (Other == 0)
      return;
    std::fprintf(stderr,
                 "error: the metrics-init-check clang-tidy plugin is built for "
                 "clang-tidy %d (LLVM %d), but this clang-tidy runs on LLVM "
                 "%d. Use clang-tidy-%d, or the metrics-init-check command.\n",
                 LLVM_VERSION_MAJOR, LLVM_VERSION_MAJOR, Other,
                 LLVM_VERSION_MAJOR);
    std::fflush(stderr);
    _exit(2);
  }
} Guard;

} // namespace
