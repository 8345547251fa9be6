//===--- Finding.cpp - Finding levels --------------------------------------===//

#include "Finding.h"

namespace metrics_init_check {

llvm::StringRef levelName(Level L) {
  switch (L) {
  case Level::None:
    return "none";
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  llvm_unreachable("unknown level");
}

std::optional<Level> parseLevel(llvm::StringRef Text) {
  if (Text == "none")
    return Level::None;
  if (Text == "note")
    return Level::Note;
  if (Text == "warning")
    return Level::Warning;
  if (Text == "error")
    return Level::Error;
  return std::nullopt;
}

} // namespace metrics_init_check
