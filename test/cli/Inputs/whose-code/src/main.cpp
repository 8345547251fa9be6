// The project's own service: its finding is reported.
#include <cstdlib>
namespace svc {
void StartTelemetry();
void RunServer();
}
int main() {
  if (std::getenv("APP_PROD"))
    svc::StartTelemetry();
  svc::RunServer();
}
