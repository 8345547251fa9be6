#include "registry.h"

#include <algorithm>
#include <cstdio>

Registry &Registry::Instance() {
  static Registry R;
  return R;
}

void Registry::Add(const char *Name) { Names.push_back(Name); }

void Registry::Print() const {
  std::vector<std::string> Sorted = Names;
  std::sort(Sorted.begin(), Sorted.end());
  for (const std::string &N : Sorted)
    std::printf("registered: %s\n", N.c_str());
}
