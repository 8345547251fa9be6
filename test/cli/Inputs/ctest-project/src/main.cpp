#include <cstdlib>
namespace svc {
void StartTelemetry() {}
void RunServer() {}
} // namespace svc
int main() {
  if (std::getenv("APP_PROD"))
    svc::StartTelemetry();
  svc::RunServer();
}
