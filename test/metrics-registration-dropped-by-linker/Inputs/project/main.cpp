#include "registry.h"
#include "used_static.h"

// The executable's own object file: always linked.
static Registrar MainCounters("main.requests");

int main() {
  UsedStaticHelper();
  ChainEntry();
  PluginEntry();
  Registry::Instance().Print();
  return 0;
}
