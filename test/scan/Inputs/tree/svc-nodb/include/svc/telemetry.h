#pragma once
#include <string>

namespace svc {
/// Exposes the service's metrics on |Address|.
void StartTelemetry(const std::string &Address);
} // namespace svc
