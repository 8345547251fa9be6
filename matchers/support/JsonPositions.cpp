//===--- JsonPositions.cpp - Source positions of JSON values ---------------===//

#include "JsonPositions.h"
#include "JsonSafety.h"

#include "llvm/ADT/SmallVector.h"

#include <string>

namespace metrics_init_check {
namespace {

/// A minimal recursive-descent scanner: it understands just enough JSON to
/// know where each value and key starts. Validation is nlohmann's job.
/// Recursion stops at MaxJsonDepth.
class Scanner {
public:
  Scanner(llvm::StringRef Text, std::vector<JsonPositions::Node> &Nodes)
      : Text(Text), Nodes(Nodes) {}

  void run() {
    skipSpace();
    Nodes.emplace_back();
    value(0, 0);
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

  /// The node for member or element \p Token of \p Parent. A repeated
  /// member name reuses its node: the last one's positions win, as
  /// nlohmann keeps the last value.
  unsigned child(unsigned Parent, const std::string &Token) {
    auto [It, Inserted] =
        Nodes[Parent].Children.try_emplace(Token, Nodes.size());
    if (!Inserted)
      return It->second;
    unsigned Index = Nodes.size();
    Nodes.emplace_back();
    Nodes[Index].Parent = Parent;
    return Index;
  }

  bool value(unsigned Node, unsigned Depth) {
    if (Failed)
      return false;
    Nodes[Node].Value = Here;
    switch (peek()) {
    case '{':
      return Depth < MaxJsonDepth ? object(Node, Depth + 1) : fail();
    case '[':
      return Depth < MaxJsonDepth ? array(Node, Depth + 1) : fail();
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

  bool object(unsigned Node, unsigned Depth) {
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
      unsigned Child = child(Node, escapeJsonPointerToken(Key));
      Nodes[Child].Key = KeyPos;
      Nodes[Child].HasKey = true;
      skipSpace();
      if (peek() != ':')
        return fail();
      advance();
      skipSpace();
      if (!value(Child, Depth))
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

  bool array(unsigned Node, unsigned Depth) {
    advance(); // '['
    skipSpace();
    if (peek() == ']') {
      advance();
      return true;
    }
    for (unsigned Index = 0;; ++Index) {
      skipSpace();
      if (!value(child(Node, std::to_string(Index)), Depth))
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
  std::vector<JsonPositions::Node> &Nodes;
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
  Scanner(Text, Nodes).run();
}

TextPosition JsonPositions::lookup(llvm::StringRef Pointer, bool OfKey) const {
  // Down the tree as far as the pointer's tokens are indexed.
  unsigned Node = 0;
  bool Whole = true;
  llvm::SmallVector<llvm::StringRef, 8> Tokens;
  if (!Pointer.empty())
    Pointer.drop_front().split(Tokens, '/', -1, /*KeepEmpty=*/true);
  for (llvm::StringRef Token : Tokens) {
    auto It = Nodes[Node].Children.find(Token);
    if (It == Nodes[Node].Children.end()) {
      Whole = false;
      break;
    }
    Node = It->second;
  }
  if (!Whole || !OfKey)
    return Nodes[Node].Value;
  // A key asked for: an array element has none, its parent's value stands in.
  return Nodes[Node].HasKey ? Nodes[Node].Key
                            : Nodes[Nodes[Node].Parent].Value;
}

} // namespace metrics_init_check
