// A test program by its folder: not a service.
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
