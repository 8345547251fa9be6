// RUN: %check_rule --rules %S/../cli/Inputs/packs/service.json %s metrics-env-conditional-init %t
// RUN: %{check_rule_tidy} --rules %S/../cli/Inputs/packs/service.json %s metrics-env-conditional-init %t-tidy
//
// NOLINT comments silence a finding in both front ends; the CLI keeps it in
// SARIF as an in-source suppression and does not fail on it.

#include <cstdlib>

void StartExposer();
void RunServer();

void Unsuppressed() {
  if (std::getenv("PROD"))
    StartExposer();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments{{.*}} [metrics-env-conditional-init]
  RunServer();
}

void SameLine() {
  if (std::getenv("PROD"))
    StartExposer(); // NOLINT(metrics-env-conditional-init): dev clusters scrape nothing
  RunServer();
}

void NextLine() {
  if (std::getenv("PROD"))
    // NOLINTNEXTLINE(metrics-*)
    StartExposer();
  RunServer();
}

// NOLINTBEGIN(metrics-env-conditional-init)
void Block() {
  if (std::getenv("PROD"))
    StartExposer();
  RunServer();
}
// NOLINTEND(metrics-env-conditional-init)

void OtherCheck() {
  if (std::getenv("PROD"))
    StartExposer(); // NOLINT(bugprone-*)
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: metrics are exposed only in some environments{{.*}} [metrics-env-conditional-init]
  RunServer();
}

// CHECK-SARIF: "justification": "NOLINT(metrics-env-conditional-init): dev clusters scrape nothing",
// CHECK-SARIF-NEXT: "kind": "inSource",
// CHECK-SARIF: "justification": "NOLINTNEXTLINE(metrics-*)",
// CHECK-SARIF: "justification": "NOLINTBEGIN(metrics-env-conditional-init)",
