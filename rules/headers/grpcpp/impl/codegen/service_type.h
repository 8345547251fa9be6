// Declaration-only stand-in for <grpcpp/impl/codegen/service_type.h>, shipped with metrics-init-check
// for scans where gRPC C++ is not installed. Follows the public API of
// gRPC C++ 1.30 to 1.70; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef GRPCPP_IMPL_CODEGEN_SERVICE_TYPE_H
#define GRPCPP_IMPL_CODEGEN_SERVICE_TYPE_H

namespace grpc {

// Base of the generated service classes (Foo::Service).
class Service {
 public:
  Service();
  virtual ~Service();
};

}  // namespace grpc

#endif  // GRPCPP_IMPL_CODEGEN_SERVICE_TYPE_H
