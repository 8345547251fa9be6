// Declaration-only stand-in for <grpcpp/server_builder.h>, shipped with metrics-init-check
// for scans where gRPC C++ is not installed. Follows the public API of
// gRPC C++ 1.30 to 1.70; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef GRPCPP_SERVER_BUILDER_H
#define GRPCPP_SERVER_BUILDER_H

#include <memory>
#include <string>

#include <grpcpp/impl/codegen/service_type.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>

namespace grpc {

class ServerCompletionQueue;

class ServerBuilder {
 public:
  ServerBuilder();
  virtual ~ServerBuilder();

  // Starts the server: the serve point of most gRPC services.
  virtual std::unique_ptr<grpc::Server> BuildAndStart();

  ServerBuilder& RegisterService(grpc::Service* service);
  ServerBuilder& RegisterService(const std::string& host, grpc::Service* service);
  ServerBuilder& AddListeningPort(const std::string& addr_uri,
                                  std::shared_ptr<grpc::ServerCredentials> creds,
                                  int* selected_port = nullptr);
  ServerBuilder& SetMaxReceiveMessageSize(int max_receive_message_size);
  ServerBuilder& SetMaxSendMessageSize(int max_send_message_size);
  ServerBuilder& AddChannelArgument(const std::string& arg, int value);
  ServerBuilder& AddChannelArgument(const std::string& arg, const std::string& value);
  std::unique_ptr<grpc::ServerCompletionQueue> AddCompletionQueue(
      bool is_frequently_polled = true);
};

}  // namespace grpc

#endif  // GRPCPP_SERVER_BUILDER_H
