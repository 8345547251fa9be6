// A metrics library's own code inside the project (namespace bvar): its
// functions are not the service's set-up, and nothing in it is reported.
#include <bvar/bvar.h>
#include <cstdlib>
namespace svc {
void StartTelemetry();
void RunServer();
}
namespace bvar {
inline void count_request() {
  static bvar::Adder<int> requests("requests");
  requests << 1;
}
void serve_vars() {
  if (std::getenv("VARS_ENABLED"))
    svc::StartTelemetry();
  svc::RunServer();
}
} // namespace bvar

// A request path that reaches the library's lazily created bvar: not a
// set-up skipped outside tracing.
void Handle() {
  if (std::getenv("APP_TRACE"))
    bvar::count_request();
  svc::RunServer();
}
