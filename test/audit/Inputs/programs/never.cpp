// Defines a counter in a registry nothing exposes.
#include "metrics.h"

int main() {
  auto registry = std::make_shared<prometheus::Registry>();
  auto &requests = prometheus::BuildCounter()
                       .Name("requests_total")
                       .Help("Requests served")
                       .Register(*registry);
  requests.Add({}).Increment();
  Serve(3);
  return 0;
}
