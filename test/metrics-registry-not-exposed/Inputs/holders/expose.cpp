#include "metrics.h"

void ExposeAll(prometheus::Exposer &exposer,
               const std::shared_ptr<prometheus::Registry> &registry) {
  exposer.RegisterCollectable(registry);
}
