#pragma once
#include <string>

namespace orders {

enum class Stage { kDevelopment, kStaging, kProduction };

// The deployment stage, from $DEPLOY_STAGE (development when unset).
Stage CurrentStage();

struct Config {
  std::string listen_address = "0.0.0.0:8080";
  std::string metrics_address = "0.0.0.0:9464";
  std::string profile; // "prod", "canary", "dev"
  std::string queue = "orders";
  bool fast_restart = false; // set by the supervisor after a crash
};

Config LoadConfig(const std::string &path);

} // namespace orders
