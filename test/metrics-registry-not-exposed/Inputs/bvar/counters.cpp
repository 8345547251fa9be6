// Named bvars at namespace scope expose themselves: something in the
// program must serve /vars.
#include <bvar/bvar.h>

bvar::Adder<int> g_orders("orders_received");
