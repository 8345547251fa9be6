//===--- Progress.cpp - The scan's progress line on a terminal ------------===//

#include "Progress.h"

#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace metrics_init_check {
namespace scan {

Progress::Progress(bool Quiet)
    : Shown(!Quiet && llvm::sys::Process::StandardErrIsDisplayed()),
      Start(std::chrono::steady_clock::now()) {}

void Progress::done(llvm::StringRef Label) {
  ++Done;
  if (!Shown || Total == 0)
    return;
  double Elapsed = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - Start)
                       .count();
  unsigned Left = Done ? unsigned(Elapsed / Done * (Total - Done)) : 0;
  llvm::errs() << "\r\x1b[K[" << Done << "/" << Total << "] "
               << (Done * 100 / Total) << "%  " << Label.take_back(60)
               << "  ETA " << Left / 60 << "m" << Left % 60 << "s";
}

void Progress::finish() {
  if (Shown && Done)
    llvm::errs() << "\r\x1b[K";
}

} // namespace scan
} // namespace metrics_init_check
