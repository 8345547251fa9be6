// Exposes only where APP_ENV is prod.
#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <sys/socket.h>

#include <cstdlib>
#include <cstring>
#include <memory>

int main() {
  auto registry = std::make_shared<prometheus::Registry>();
  std::unique_ptr<prometheus::Exposer> exposer;
  const char *env = std::getenv("APP_ENV");
  if (env && std::strcmp(env, "prod") == 0) {
    exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
    exposer->RegisterCollectable(registry);
  }
  listen(3, 16);
  return 0;
}
