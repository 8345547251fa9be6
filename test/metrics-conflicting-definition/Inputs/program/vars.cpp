// bvar exposes "OrdersTotal" as orders_total, a gauge: a conflict with
// the counter of orders.cpp on the exposed name.
#include <bvar/bvar.h>

bvar::Adder<int> g_orders("OrdersTotal");
