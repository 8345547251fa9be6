// RUN: %check_rule --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/Inputs/inhouse.json %s metrics-env-conditional-init %t-tidy
//
// Configuration values that name the environment, compared with an
// environment name; and configuration that merely looks similar.

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

void RunServer();
std::unique_ptr<prometheus::Exposer> Exposer;
// As real services do: the Exposer serves what is registered with it.
std::shared_ptr<prometheus::Registry> Metrics = std::make_shared<prometheus::Registry>();
void StartExposer() {
  Exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
  Exposer->RegisterCollectable(Metrics);
}

struct ServiceConfig {
  std::string deployment_stage;
  std::string owner;
  int port = 8080;
  std::string profile() const { return profile_; }
  std::string profile_;
};

// Positive: a config field named like the environment.
void ByConfigField(const ServiceConfig &config) {
  if (config.deployment_stage == "production") {
    StartExposer();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'StartExposer()' runs when 'config.deployment_stage == "production"' is true (a decision on configuration value 'deployment_stage'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  }
  RunServer();
}

// Positive: a getter named like the environment, negated comparison.
void ByConfigGetter(const ServiceConfig &config) {
  if (config.profile() != "canary")
    StartExposer();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments: 'StartExposer()' runs when 'config.profile() != "canary"' is true (a decision on configuration value 'profile()'); when it is false the service reaches 'RunServer()' without exposing them [metrics-env-conditional-init]
  RunServer();
}

// Negative: a field that does not name the environment, even compared
// with "prod" (a team called prod owns it).
void ByOwner(const ServiceConfig &config) {
  if (config.owner == "prod")
    StartExposer();
  RunServer();
}

// Negative: an environment-named field compared with something that is not
// an environment name.
void ByStageButNotAnEnvName(const ServiceConfig &config) {
  if (config.deployment_stage == "blue")
    StartExposer();
  RunServer();
}

// Negative: config picks the port, metrics are exposed either way.
void ConfigPicksPort(const ServiceConfig &config) {
  std::string address = config.deployment_stage == "prod" ? "0.0.0.0:80" : "127.0.0.1:9100";
  Exposer = std::make_unique<prometheus::Exposer>(address);
  Exposer->RegisterCollectable(Metrics);
  RunServer();
}
