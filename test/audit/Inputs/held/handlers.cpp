// Samples added in another file than the definitions, through the
// global and the field that hold them.
#include "metrics.h"

#include <string>

void Serve(const std::string &method, const std::string &request_id) {
  g_requests.Add({{"method", method}}).Increment();
  g_requests.Add({{"request", request_id}}).Increment();
  // A holder that holds no definition anywhere: linked to nothing.
  g_unlinked->Add({{"orphan", "yes"}}).Increment();
}

void Cache::Hit(const char *tier) { lookups_.Add({{"tier", tier}}).Increment(); }
