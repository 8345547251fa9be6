// bvar renames what it exposes; MultiDimension declares label names whose
// values come per sample, in order.
#include "bvar/bvar.h"

#include <string>

bvar::Adder<int> g_camel("OrderService", "PeakQPS");
bvar::MultiDimension<bvar::Adder<int>> g_calls("rpc", "Calls", {"method", "peer"});

void Called(const std::string &client_ip) { *g_calls.get_stats({"Echo", client_ip}) << 1; }
