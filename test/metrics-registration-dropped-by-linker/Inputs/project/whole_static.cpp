// Linked whole ($<LINK_LIBRARY:WHOLE_ARCHIVE,...>): kept though unreferenced.
#include "registry.h"

static bool WholeRegistered = [] {
  Registry::Instance().Add("whole_static.requests");
  return true;
}();
