// A service on prometheus-cpp, gflags and gRPC whose metrics are exposed
// in every environment.
#include <gflags/gflags.h>
#include <grpcpp/server_builder.h>
#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

DEFINE_string(env, "prod", "Deployment environment");

int main(int argc, char** argv) {
  gflags::ParseCommandLineFlags(&argc, &argv, true);
  auto registry = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter().Name("requests_total").Help("Requests").Register(*registry);
  std::unique_ptr<prometheus::Exposer> exposer;
  {
    exposer = std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
    exposer->RegisterCollectable(registry);
  }
  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  server->Wait();
  return 0;
}
