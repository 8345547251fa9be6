#include "metrics.h"

#include <memory>

static auto g_registry = std::make_shared<prometheus::Registry>();

prometheus::Family<prometheus::Counter> &g_requests =
    prometheus::BuildCounter()
        .Name("http_requests_total")
        .Help("Requests served")
        .Register(*g_registry);

prometheus::Family<prometheus::Counter> *g_unlinked = nullptr;

Cache::Cache(prometheus::Registry &registry)
    : lookups_(prometheus::BuildCounter()
                   .Name("cache_lookups_total")
                   .Help("Cache lookups")
                   .Register(registry)) {}
