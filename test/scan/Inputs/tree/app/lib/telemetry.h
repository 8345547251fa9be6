#pragma once
namespace app {
void Telemetry();
} // namespace app
