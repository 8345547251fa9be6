// An OBJECT library: its object files are linked directly, always kept.
#include "registry.h"

static bool RegisterObjects() {
  Registry::Instance().Add("objects.requests");
  return true;
}
static bool ObjectsRegistered = RegisterObjects();
