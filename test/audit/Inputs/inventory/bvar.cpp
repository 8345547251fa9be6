// bvar variables: a named one, a prefixed one, and an unnamed one (not
// exposed, so not in the inventory).
#include "bvar/bvar.h"

bvar::Adder<int> g_requests("rpc_requests");
bvar::Maxer<int> g_peak("order_service", "peak_latency");
bvar::Adder<int> g_hidden;
