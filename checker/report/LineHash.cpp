//===--- LineHash.cpp - GitHub's primaryLocationLineHash -------------------===//

#include "LineHash.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

#include <array>
#include <map>
#include <unordered_map>

namespace metrics_init_check {

namespace {

constexpr unsigned BlockSize = 100;
constexpr uint64_t Base = 37;
constexpr uint32_t EndOfFile = 65535;
constexpr uint32_t Replacement = 0xFFFD;

/// Decodes UTF-8 into UTF-16 code units the way Node's decoder does: each
/// maximal ill-formed subsequence becomes one U+FFFD.
std::vector<uint16_t> toUtf16(llvm::StringRef Text) {
  std::vector<uint16_t> Out;
  Out.reserve(Text.size());
  const auto *Bytes = reinterpret_cast<const unsigned char *>(Text.data());
  size_t N = Text.size(), I = 0;
  while (I < N) {
    unsigned char Lead = Bytes[I];
    if (Lead < 0x80) {
      Out.push_back(Lead);
      ++I;
      continue;
    }
    unsigned Need = 0;
    uint32_t CodePoint = 0;
    unsigned char Low = 0x80, High = 0xBF; // bounds of the second byte
    if (Lead >= 0xC2 && Lead <= 0xDF) {
      Need = 1;
      CodePoint = Lead & 0x1F;
    } else if (Lead >= 0xE0 && Lead <= 0xEF) {
      Need = 2;
      CodePoint = Lead & 0x0F;
      if (Lead == 0xE0)
        Low = 0xA0;
      else if (Lead == 0xED)
        High = 0x9F; // no surrogates
    } else if (Lead >= 0xF0 && Lead <= 0xF4) {
      Need = 3;
      CodePoint = Lead & 0x07;
      if (Lead == 0xF0)
        Low = 0x90;
      else if (Lead == 0xF4)
        High = 0x8F;
    } else {
      Out.push_back(Replacement);
      ++I;
      continue;
    }
    size_t J = I + 1;
    bool Ok = true;
    for (unsigned K = 0; K < Need; ++K, ++J) {
      unsigned char Lo = K == 0 ? Low : 0x80, Hi = K == 0 ? High : 0xBF;
      if (J >= N || Bytes[J] < Lo || Bytes[J] > Hi) {
        Ok = false;
        break;
      }
      CodePoint = (CodePoint << 6) | (Bytes[J] & 0x3F);
    }
    if (!Ok) {
      // The valid prefix is one replacement; decoding resumes at the byte
      // that broke the sequence.
      Out.push_back(Replacement);
      I = J;
      continue;
    }
    if (CodePoint >= 0x10000) {
      CodePoint -= 0x10000;
      Out.push_back(static_cast<uint16_t>(0xD800 + (CodePoint >> 10)));
      Out.push_back(static_cast<uint16_t>(0xDC00 + (CodePoint & 0x3FF)));
    } else {
      Out.push_back(static_cast<uint16_t>(CodePoint));
    }
    I = J;
  }
  return Out;
}

class RollingLineHasher {
public:
  RollingLineHasher() {
    Window.fill(0);
    LineAt.fill(-1);
    for (unsigned I = 0; I < BlockSize; ++I)
      OutgoingFactor *= Base;
  }

  void add(uint32_t Unit) {
    // Spaces and tabs never count; the LF of a CRLF was counted as the CR.
    if (Unit == ' ' || Unit == '\t' || (AfterCR && Unit == '\n')) {
      AfterCR = false;
      return;
    }
    AfterCR = Unit == '\r';
    if (AfterCR)
      Unit = '\n';
    // The window is full once it wraps round to a line start: that line's
    // hash is complete.
    if (LineAt[Index] != -1)
      emit();
    if (AtLineStart) {
      AtLineStart = false;
      LineAt[Index] = static_cast<int>(++Lines);
    }
    if (Unit == '\n')
      AtLineStart = true;
    push(Unit);
  }

  std::vector<std::string> finish() {
    add(EndOfFile);
    for (unsigned I = 0; I < BlockSize; ++I) {
      if (LineAt[Index] != -1)
        emit();
      push(0);
    }
    return std::move(Hashes);
  }

private:
  void push(uint32_t Unit) {
    uint64_t Outgoing = Window[Index];
    Window[Index] = Unit;
    Hash = Base * Hash + Unit - OutgoingFactor * Outgoing;
    Index = (Index + 1) % BlockSize;
  }

  void emit() {
    std::string Hex = llvm::utohexstr(Hash, /*LowerCase=*/true);
    unsigned Seen = ++Occurrences[Hash];
    size_t Line = static_cast<size_t>(LineAt[Index]);
    if (Hashes.size() < Line)
      Hashes.resize(Line);
    Hashes[Line - 1] = Hex + ":" + std::to_string(Seen);
    LineAt[Index] = -1;
  }

  std::array<uint32_t, BlockSize> Window;
  std::array<int, BlockSize> LineAt; ///< line starting at that slot, or -1
  uint64_t Hash = 0, OutgoingFactor = 1;
  unsigned Index = 0, Lines = 0;
  bool AtLineStart = true, AfterCR = false;
  std::unordered_map<uint64_t, unsigned> Occurrences;
  std::vector<std::string> Hashes;
};

} // namespace

std::vector<std::string> lineHashes(llvm::StringRef Contents) {
  RollingLineHasher Hasher;
  for (uint16_t Unit : toUtf16(Contents))
    Hasher.add(Unit);
  return Hasher.finish();
}

void assignLineHashes(Report &R) {
  std::map<std::string, std::vector<ResolvedFinding *>> ByFile;
  for (ResolvedFinding &F : R.Findings)
    if (F.Where.valid())
      ByFile[F.Where.File].push_back(&F);
  for (auto &[File, Findings] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!Buffer)
      continue;
    std::vector<std::string> Hashes = lineHashes((*Buffer)->getBuffer());
    for (ResolvedFinding *F : Findings)
      if (F->Where.Line <= Hashes.size())
        F->LineHash = Hashes[F->Where.Line - 1];
  }
}

} // namespace metrics_init_check
