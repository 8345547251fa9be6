// A Collectable that builds its families by hand: by aggregate
// initialisation, field by field, and through a reference into a vector.
#include <prometheus/collectable.h>
#include <prometheus/metric_family.h>

#include <string>
#include <vector>

class PoolCollector : public prometheus::Collectable {
public:
  std::vector<prometheus::MetricFamily> Collect() const override {
    std::vector<prometheus::MetricFamily> out;
    out.push_back(prometheus::MetricFamily{
        "pool_connections", "Open connections", prometheus::MetricType::Gauge,
        {}});
    out.push_back({"pool_waits_total", "Waits for a connection",
                   prometheus::MetricType::Counter, {}});

    prometheus::MetricFamily errors;
    errors.help = "Failed checkouts";
    errors.name = "pool_errors_total";
    errors.type = prometheus::MetricType::Counter;
    out.push_back(errors);
    // The same object reused for a second family.
    errors.name = "pool_timeouts_total";
    errors.help = "Checkouts that timed out";
    out.push_back(errors);

    out.emplace_back();
    prometheus::MetricFamily &last = out.back();
    last.name = prefix_ + "_idle";
    last.type = prometheus::MetricType::Untyped;

    prometheus::MetricFamily unnamed;
    unnamed.help = "a family without a name defines nothing";
    out.push_back(prometheus::MetricFamily{});
    return out;
  }

private:
  std::string prefix_ = "pool";
};

// Not a definition's type: a struct of the service's own with the same
// field names.
struct Row {
  std::string name;
  std::string help;
};

void fill(Row &r) {
  r.name = "not_a_metric";
  Row other{"not_a_metric_either", ""};
  (void)other;
}

// A counter without `_total`: the naming lint reads hand-built families too.
std::vector<prometheus::MetricFamily> resets() {
  prometheus::MetricFamily f;
  f.name = "pool_resets";
  f.type = prometheus::MetricType::Counter;
  return {f};
}
