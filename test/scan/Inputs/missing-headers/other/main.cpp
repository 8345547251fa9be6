// An unresolved call of the project's own overloads named like a pack API
// ('Start' of another class): not brpc's, nothing exposes the bvar.
#include <butil/endpoint.h>
#include <bvar/bvar.h>

namespace app {
struct Listener {
  int Start(int port, const char *name);
  int Start(const char *address, const char *name);
};
} // namespace app

bvar::Adder<int> g_jobs("jobs_done");

int main() {
  app::Listener listener;
  butil::EndPoint point;
  return listener.Start(point, "jobs");
}
