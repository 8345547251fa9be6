// A tool whose metrics are defined where main's paths do not show them:
// a family registered by a function main never calls. It defines metrics
// and exposes none: 'never', not 'no-metrics'.
#include <prometheus/counter.h>
#include <prometheus/registry.h>

void DefineMetrics(prometheus::Registry &R) {
  prometheus::BuildCounter().Name("runs_total").Register(R);
}

int main() { return 0; }
