//===--- MemoryGuard.cpp - Fewer workers instead of running out of memory -===//

#include "MemoryGuard.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace metrics_init_check {

uint64_t residentBytes() {
  // Fields: size resident shared text lib data dt, in pages.
  auto Buffer = llvm::MemoryBuffer::getFileAsStream("/proc/self/statm");
  if (!Buffer)
    return 0;
  llvm::StringRef Resident = (*Buffer)->getBuffer().split(' ').second;
  uint64_t Pages = 0;
  if (Resident.split(' ').first.getAsInteger(10, Pages))
    return 0;
  return Pages * llvm::sys::Process::getPageSizeEstimate();
}

std::optional<uint64_t> parseMemorySize(llvm::StringRef Text) {
  uint64_t Scale = 1;
  if (!Text.empty())
    switch (llvm::toUpper(Text.back())) {
    case 'K':
      Scale = 1ull << 10;
      break;
    case 'M':
      Scale = 1ull << 20;
      break;
    case 'G':
      Scale = 1ull << 30;
      break;
    default:
      break;
    }
  if (Scale != 1)
    Text = Text.drop_back();
  uint64_t Value = 0;
  if (Text.empty() || Text.getAsInteger(10, Value) || Value == 0 ||
      Value > UINT64_MAX / Scale)
    return std::nullopt;
  return Value * Scale;
}

MemoryGuard::MemoryGuard(uint64_t Limit, unsigned Workers)
    : Limit(Limit), Base(Limit ? residentBytes() : 0),
      Allowed(Workers) {}

void MemoryGuard::acquire() {
  std::unique_lock<std::mutex> Guard(Lock);
  Freed.wait(Guard, [&] { return Running < Allowed; });
  ++Running;
}

bool MemoryGuard::overLimit(unsigned N, uint64_t Resident) const {
  // What N workers each holding the largest TU seen need, or what the
  // process holds now when that is more (allocators keep freed memory).
  return Base + Largest * N > Limit || Resident > Limit;
}

void MemoryGuard::release(uint64_t TUBytes) {
  std::lock_guard<std::mutex> Guard(Lock);
  --Running;
  if (Limit && Allowed > 1) {
    Largest = std::max(Largest, TUBytes);
    uint64_t Resident = residentBytes();
    unsigned Was = Allowed;
    // Resident memory does not fall at once when a worker stops: one
    // worker less per TU done, the estimate alone may take more off.
    if (overLimit(Allowed, Resident))
      --Allowed;
    while (Allowed > 1 && Base + Largest * Allowed > Limit)
      --Allowed;
    if (Allowed != Was)
      llvm::errs() << "metrics-init-check: note: --max-memory "
                   << (Limit >> 20) << " MB: the run holds " << (Resident >> 20)
                   << " MB, the largest TU so far needs about "
                   << (Largest >> 20) << " MB per worker; going on with "
                   << Allowed << " worker(s) instead of " << Was << "\n";
  }
  Freed.notify_all();
}

unsigned MemoryGuard::allowed() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return Allowed;
}

} // namespace metrics_init_check
