// Negative: a test program's throw-away metrics are not compared.
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

void OrdersTest(prometheus::Registry &registry) {
  prometheus::BuildHistogram().Name("orders_total").Register(registry);
}
