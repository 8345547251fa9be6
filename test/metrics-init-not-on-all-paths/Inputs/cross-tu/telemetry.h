// The service's metrics wrapper: defined in telemetry.cpp, called from the
// other files. No rule pack names it; the whole-program pass finds out
// what it does.
#pragma once
#include <string>

namespace telemetry {
void Start(const std::string &Address);
void StartLocal();
/// Exposes on |Port| unless it is a privileged one.
void StartIfAllowed(int Port);
} // namespace telemetry

namespace inhouse {
class Server {
public:
  void Run();
};
class Service {
public:
  void Start(bool Fast);
};
} // namespace inhouse
