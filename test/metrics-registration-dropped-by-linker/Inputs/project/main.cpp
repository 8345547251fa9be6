#include "registry.h"
#include "used_static.h"

// The executable's own object file: always linked.
static Registrar MainCounters("main.requests");

int main() {
  UsedStaticHelper();
  ChainEntry();
  PluginEntry();
  Plugin *Leaked = new Plugin;
  (void)Leaked;
  Registry::Instance().Print();
  return 0;
}
