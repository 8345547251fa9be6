// Declaration-only stand-in for <grpcpp/grpcpp.h>, shipped with metrics-init-check
// for scans where gRPC C++ is not installed. Follows the public API of
// gRPC C++ 1.30 to 1.70; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef GRPCPP_GRPCPP_H
#define GRPCPP_GRPCPP_H

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#endif  // GRPCPP_GRPCPP_H
