// The service's metrics, defined in metrics.cpp and used everywhere.
#pragma once
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>

extern prometheus::Family<prometheus::Counter> &g_requests;
extern prometheus::Family<prometheus::Counter> *g_unlinked;

class Cache {
public:
  explicit Cache(prometheus::Registry &registry);
  void Hit(const char *tier);

private:
  prometheus::Family<prometheus::Counter> &lookups_;
};
