//===--- JsonPositions.cpp - Source positions of JSON values ---------------===//

#include "JsonPositions.h"

#include <string>

namespace metrics_init_check {
namespace {

/// A minimal recursive-descent scanner: it understands just enough JSON to
/// know where each value and key starts. Validation is nlohmann's job.
class Scanner {
public:
  Scanner(llvm::StringRef Text, llvm::StringMap<TextPosition> &Values,
          llvm::StringMap<TextPosition> &Keys)
      : Text(Text), Values(Values), Keys(Keys) {}

  void run() {
    skipSpace();
    value("");
  }

private:
  bool atEnd() const { return Pos >= Text.size(); }
  char peek() const { return atEnd() ? '\0' : Text[Pos]; }

  void advance() {
    if (atEnd())
      return;
    if (Text[Pos] == '\n') {
      ++Here.Line;
      Here.Column = 1;
    } else {
      ++Here.Column;
    }
    ++Pos;
  }

  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' ||
                        peek() == '\r'))
      advance();
  }

  bool string(std::string *Out) {
    if (peek() != '"')
      return false;
    advance();
    while (!atEnd() && peek() != '"') {
      if (peek() == '\\') {
        advance();
        if (Out && !atEnd())
          Out->push_back(peek());
        advance();
        continue;
      }
      if (Out)
        Out->push_back(peek());
      advance();
    }
    if (atEnd())
      return false;
    advance();
    return true;
  }

  bool value(const std::string &Pointer) {
    if (Failed)
      return false;
    Values[Pointer] = Here;
    switch (peek()) {
    case '{':
      return object(Pointer);
    case '[':
      return array(Pointer);
    case '"':
      return string(nullptr) || fail();
    default:
      if (atEnd())
        return fail();
      while (!atEnd() && llvm::StringRef(",]} \t\r\n").find(peek()) ==
                             llvm::StringRef::npos)
        advance();
      return true;
    }
  }

  bool object(const std::string &Pointer) {
    advance(); // '{'
    skipSpace();
    if (peek() == '}') {
      advance();
      return true;
    }
    while (true) {
      skipSpace();
      TextPosition KeyPos = Here;
      std::string Key;
      if (!string(&Key))
        return fail();
      std::string Child = Pointer + "/" + escapeJsonPointerToken(Key);
      Keys[Child] = KeyPos;
      skipSpace();
      if (peek() != ':')
        return fail();
      advance();
      skipSpace();
      if (!value(Child))
        return false;
      skipSpace();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == '}') {
        advance();
        return true;
      }
      return fail();
    }
  }

  bool array(const std::string &Pointer) {
    advance(); // '['
    skipSpace();
    if (peek() == ']') {
      advance();
      return true;
    }
    for (unsigned Index = 0;; ++Index) {
      skipSpace();
      if (!value(Pointer + "/" + std::to_string(Index)))
        return false;
      skipSpace();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == ']') {
        advance();
        return true;
      }
      return fail();
    }
  }

  bool fail() {
    Failed = true;
    return false;
  }

  llvm::StringRef Text;
  size_t Pos = 0;
  TextPosition Here;
  bool Failed = false;
  llvm::StringMap<TextPosition> &Values;
  llvm::StringMap<TextPosition> &Keys;
};

} // namespace

std::string escapeJsonPointerToken(llvm::StringRef Token) {
  std::string Out;
  for (char C : Token) {
    if (C == '~')
      Out += "~0";
    else if (C == '/')
      Out += "~1";
    else
      Out += C;
  }
  return Out;
}

JsonPositions::JsonPositions(llvm::StringRef Text) {
  Scanner(Text, Values, Keys).run();
}

TextPosition JsonPositions::lookup(llvm::StringRef Pointer, bool OfKey) const {
  const auto &Map = OfKey ? Keys : Values;
  for (llvm::StringRef P = Pointer;;) {
    auto It = Map.find(P);
    if (It != Map.end())
      return It->second;
    if (P.empty())
      return {};
    P = P.rsplit('/').first;
    if (&Map == &Keys) // a parent's position is a value position
      return lookup(P, /*OfKey=*/false);
  }
}

} // namespace metrics_init_check
