// Has a compile database made on another machine (build/, paths under
// /home/ci/work/svc-db): the scan re-roots it. Metrics only in production.
#include "config.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <sys/socket.h>

std::shared_ptr<prometheus::Registry> Registry;
std::unique_ptr<prometheus::Exposer> Exposer;

int main() {
  Registry = std::make_shared<prometheus::Registry>();
  const char *Env = std::getenv("APP_ENV");
  if (Env && std::string(Env) == "prod") {
    Exposer = std::make_unique<prometheus::Exposer>(kMetricsAddress);
    Exposer->RegisterCollectable(Registry);
  }
  listen(3, kBacklog);
  return 0;
}
