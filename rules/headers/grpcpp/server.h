// Declaration-only stand-in for <grpcpp/server.h>, shipped with metrics-init-check
// for scans where gRPC C++ is not installed. Follows the public API of
// gRPC C++ 1.30 to 1.70; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef GRPCPP_SERVER_H
#define GRPCPP_SERVER_H

#include <chrono>

#include <grpcpp/impl/codegen/service_type.h>

namespace grpc {

class ServerInterface {
 public:
  virtual ~ServerInterface();
  // Stops serving; the deadline form takes a std::chrono time point or a
  // gpr_timespec.
  template <class T>
  void Shutdown(const T& deadline) {}
  void Shutdown();
  // Blocks until the server shuts down: a serve point.
  virtual void Wait() = 0;
};

class Server : public ServerInterface {
 public:
  ~Server() override;
  void Wait() override;
};

}  // namespace grpc

#endif  // GRPCPP_SERVER_H
