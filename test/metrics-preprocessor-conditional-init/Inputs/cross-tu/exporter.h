#pragma once
#include "singleton.h"

#include <memory>

namespace prometheus {
class Exposer;
class Registry;
} // namespace prometheus

class PrometheusExporter {
public:
  void start();
  void stats();

private:
  std::unique_ptr<prometheus::Exposer> exposer_;
  std::shared_ptr<prometheus::Registry> registry_;
};
using prometheus_exporter = singleton<PrometheusExporter>;
