// A GoogleTest program (by the framework it declares): not a service.
#include <cstdlib>
namespace testing {
class Test {};
}
namespace svc {
void StartTelemetry();
void RunServer();
}
void Fixture() {
  if (std::getenv("APP_PROD"))
    svc::StartTelemetry();
  svc::RunServer();
}
