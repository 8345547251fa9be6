// What every program of the fixture shares: a registry, an exposer, and
// the set-up that exposes one through the other (in telemetry.cpp).
#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <sys/socket.h>

#include <memory>

namespace telemetry {
void Start();
}
inline void Serve(int fd) { listen(fd, 16); }
