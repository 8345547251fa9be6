// gRPC's serve points: ServerBuilder::BuildAndStart and Server::Wait.
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <chrono>
#include <memory>

int main() {
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials(), &port);
  builder.SetMaxReceiveMessageSize(1 << 20);
  grpc::Service* service = nullptr;
  builder.RegisterService(service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  server->Wait();
  server->Shutdown();
  server->Shutdown(std::chrono::system_clock::now());
  return port;
}
