// Another project vendored under third_party/: not reported.
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
