#include "config.h"

#include <cstdlib>
#include <fstream>

namespace orders {

Stage CurrentStage() {
  const char *stage = std::getenv("DEPLOY_STAGE");
  if (!stage)
    return Stage::kDevelopment;
  std::string value(stage);
  if (value == "production" || value == "prod")
    return Stage::kProduction;
  if (value == "staging")
    return Stage::kStaging;
  return Stage::kDevelopment;
}

Config LoadConfig(const std::string &path) {
  Config config;
  std::ifstream in(path);
  std::string key, value;
  while (in >> key >> value) {
    if (key == "listen")
      config.listen_address = value;
    else if (key == "metrics")
      config.metrics_address = value;
    else if (key == "profile")
      config.profile = value;
  }
  return config;
}

} // namespace orders
