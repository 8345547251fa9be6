//===--- SourceExcerpt.cpp - Lines of source files for a report -----------===//

#include "SourceExcerpt.h"

#include "llvm/Support/MemoryBuffer.h"

namespace metrics_init_check {

namespace {
/// Longer lines (generated or minified code) are cut: an excerpt is for
/// reading, and a page must stay small.
constexpr size_t MaxLineLength = 300;
/// A source this large is generated; its lines are not worth showing.
constexpr uint64_t MaxFileSize = 50u << 20;
} // namespace

const std::vector<std::string> *SourceLines::lines(llvm::StringRef File) {
  auto [It, Inserted] = Cache.try_emplace(File);
  if (Inserted) {
    auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true,
                                              /*RequiresNullTerminator=*/false);
    if (Buffer && (*Buffer)->getBufferSize() <= MaxFileSize) {
      std::vector<std::string> Lines;
      llvm::StringRef Rest = (*Buffer)->getBuffer();
      while (!Rest.empty()) {
        auto [Line, Tail] = Rest.split('\n');
        Line.consume_back("\r");
        Lines.push_back(Line.take_front(MaxLineLength).str());
        Rest = Tail;
      }
      It->second = std::move(Lines);
    }
  }
  return It->second ? &*It->second : nullptr;
}

std::optional<Excerpt> SourceLines::around(llvm::StringRef File, unsigned Line,
                                           unsigned Context) {
  const std::vector<std::string> *All = lines(File);
  if (!All || Line == 0 || Line > All->size())
    return std::nullopt;
  Excerpt Out;
  Out.FirstLine = Line > Context ? Line - Context : 1;
  unsigned Last = std::min<size_t>(All->size(), Line + Context);
  for (unsigned L = Out.FirstLine; L <= Last; ++L)
    Out.Lines.push_back((*All)[L - 1]);
  return Out;
}

std::string SourceLines::whyNot(llvm::StringRef File, unsigned Line) {
  if (File.empty() || Line == 0)
    return "the finding has no source line";
  if (!lines(File))
    return "the file cannot be read here";
  return "the file has fewer lines than the finding's (it changed since)";
}

} // namespace metrics_init_check
