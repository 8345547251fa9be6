#pragma once
#include <string>

namespace orders::telemetry {

// Creates the registry, the service's metric families and the /metrics
// endpoint on |address|.
void Start(const std::string &address);

} // namespace orders::telemetry
