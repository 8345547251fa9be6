// The project's own metrics registry: what got registered is printed by
// the program, the ground truth of which registrations ran.
#pragma once
#include <string>
#include <vector>

class Registry {
public:
  static Registry &Instance();
  void Add(const char *Name);
  void Print() const;

private:
  std::vector<std::string> Names;
};

// Registers a metric when constructed: a static one registers at start-up.
struct Registrar {
  explicit Registrar(const char *Name) { Registry::Instance().Add(Name); }
};
