// Shared by the fixture's TUs: the set-up telemetry.cpp defines, the
// service class whose Run() a pack names as an entry, and a serve call.
#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <sys/socket.h>

#include <memory>

namespace telemetry {
void Start();
}
namespace app {
struct Service {
  void Run();
};
} // namespace app
namespace jobs {
void WorkerMain();
}
inline void Serve(int fd) { listen(fd, 16); }
