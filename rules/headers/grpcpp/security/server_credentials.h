// Declaration-only stand-in for <grpcpp/security/server_credentials.h>, shipped with metrics-init-check
// for scans where gRPC C++ is not installed. Follows the public API of
// gRPC C++ 1.30 to 1.70; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef GRPCPP_SECURITY_SERVER_CREDENTIALS_H
#define GRPCPP_SECURITY_SERVER_CREDENTIALS_H

#include <memory>
#include <string>
#include <vector>

namespace grpc {

class ServerCredentials {
 public:
  virtual ~ServerCredentials();
};

struct SslServerCredentialsOptions {
  struct PemKeyCertPair {
    std::string private_key;
    std::string cert_chain;
  };
  std::string pem_root_certs;
  std::vector<PemKeyCertPair> pem_key_cert_pairs;
};

std::shared_ptr<ServerCredentials> SslServerCredentials(
    const SslServerCredentialsOptions& options);
std::shared_ptr<ServerCredentials> InsecureServerCredentials();

}  // namespace grpc

#endif  // GRPCPP_SECURITY_SERVER_CREDENTIALS_H
