// The pack APIs of libraries Debian does not package, through the
// stand-ins alone.
#include <boost/asio.hpp>
#include <brpc/channel.h>
#include <brpc/server.h>
#include <bvar/bvar.h>
#include <crow.h>
#include <drogon/drogon.h>
#include <httplib.h>
#include <opentelemetry/exporters/memory/in_memory_metric_exporter_factory.h>
#include <opentelemetry/exporters/ostream/metric_exporter_factory.h>
#include <opentelemetry/exporters/otlp/otlp_file_metric_exporter_factory.h>
#include <opentelemetry/exporters/otlp/otlp_grpc_metric_exporter_factory.h>
#include <opentelemetry/exporters/otlp/otlp_http_metric_exporter_factory.h>
#include <opentelemetry/exporters/prometheus/exporter_factory.h>
#include <opentelemetry/exporters/prometheus/exporter_options.h>
#include <opentelemetry/metrics/provider.h>
#include <opentelemetry/sdk/common/env_variables.h>
#include <opentelemetry/sdk/metrics/export/periodic_exporting_metric_reader_factory.h>
#include <opentelemetry/sdk/metrics/meter_context_factory.h>
#include <opentelemetry/sdk/metrics/meter_provider_factory.h>
#include <opentelemetry/sdk/metrics/provider.h>
#include <pistache/endpoint.h>
#include <seastar/core/app-template.hh>
#include <seastar/core/metrics.hh>
#include <seastar/core/prometheus.hh>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace metrics_api = opentelemetry::metrics;
namespace metrics_sdk = opentelemetry::sdk::metrics;
namespace nostd = opentelemetry::nostd;

int counter_value(void*) { return 1; }

void Otel() {
  bool disabled = false;
  opentelemetry::sdk::common::GetBoolEnvironmentVariable("OTEL_SDK_DISABLED", disabled);
  auto context = metrics_sdk::MeterContextFactory::Create();
  opentelemetry::exporter::metrics::PrometheusExporterOptions options;
  context->AddMetricReader(opentelemetry::exporter::metrics::PrometheusExporterFactory::Create(options));
  auto otlp = opentelemetry::exporter::otlp::OtlpHttpMetricExporterFactory::Create();
  auto grpc_otlp = opentelemetry::exporter::otlp::OtlpGrpcMetricExporterFactory::Create();
  metrics_sdk::PeriodicExportingMetricReaderOptions reader_options;
  auto reader = metrics_sdk::PeriodicExportingMetricReaderFactory::Create(std::move(otlp), reader_options);
  std::unique_ptr<metrics_sdk::MeterProvider> provider = metrics_sdk::MeterProviderFactory::Create(std::move(context));
  provider->AddMetricReader(std::move(reader));
  nostd::shared_ptr<metrics_api::MeterProvider> api_provider(std::move(provider));
  metrics_api::Provider::SetMeterProvider(api_provider);
  metrics_sdk::Provider::SetMeterProvider(api_provider);
  auto meter = metrics_api::Provider::GetMeterProvider()->GetMeter("orders", "1.0");
  auto requests = meter->CreateUInt64Counter("requests");
  requests->Add(1);
  auto latency = meter->CreateDoubleHistogram("latency");

  std::string endpoint;
  std::uint32_t interval = 0;
  std::chrono::system_clock::duration timeout;
  opentelemetry::sdk::common::GetStringEnvironmentVariable("OTEL_ENDPOINT", endpoint);
  opentelemetry::sdk::common::GetUintEnvironmentVariable("OTEL_INTERVAL", interval);
  opentelemetry::sdk::common::GetDurationEnvironmentVariable("OTEL_TIMEOUT", timeout);
  std::shared_ptr<metrics_sdk::MeterContext> shared_context(metrics_sdk::MeterContextFactory::Create());
  std::unique_ptr<metrics_sdk::PushMetricExporter> exporters[] = {
      opentelemetry::exporter::metrics::OStreamMetricExporterFactory::Create(),
      opentelemetry::exporter::otlp::OtlpFileMetricExporterFactory::Create(),
      opentelemetry::exporter::memory::InMemoryMetricExporterFactory::Create(nullptr)};
  std::unique_ptr<metrics_sdk::MetricReader> periodic =
      metrics_sdk::PeriodicExportingMetricReaderFactory::Create(std::move(exporters[0]), reader_options);
  shared_context->AddMetricReader(std::move(periodic));
  auto sdk_provider = metrics_sdk::MeterProviderFactory::Create();
  sdk_provider->GetMeter("direct");
}

void Brpc() {
  bvar::Adder<int> requests("requests");
  bvar::Maxer<int> peak("peak");
  bvar::Miner<int> low("low");
  bvar::IntRecorder sizes("sizes");
  bvar::LatencyRecorder latency("latency");
  bvar::Status<int> status("status", 0);
  bvar::PassiveStatus<int> passive("passive", counter_value, nullptr);
  bvar::Window<bvar::Adder<int>> window("window", &requests, 60);
  bvar::PerSecond<bvar::Adder<int>> qps("qps", &requests);
  bvar::Adder<int> later;
  later.expose("later");
  later.expose_as("orders", "later");
  brpc::Server server;
  brpc::ServerOptions options;
  options.has_builtin_services = false;
  server.Start(8000, &options);
  brpc::StartDummyServerAt(8888);
  brpc::Channel channel;
  channel.Init("127.0.0.1:8000", nullptr);
  brpc::GlobalInitializeOrDie();
  server.RunUntilAskedToQuit();
  server.Join();
}

int Seastar(int argc, char** argv) {
  namespace sm = seastar::metrics;
  int value = 0;
  sm::metric_groups groups;
  groups.add_group("orders", {sm::make_gauge("value", [&] { return value; }, sm::description("Value"))});
  sm::metric_group single;
  single.add_group("single", {sm::make_counter("total", sm::description("Total"), [&] { return value; })});
  seastar::app_template app;
  seastar::httpd::http_server_control http;
  return app.run(argc, argv, [&] {
    return seastar::prometheus::start(http, seastar::prometheus::config{})
        .then([&] { return seastar::prometheus::add_prometheus_routes(http, {}); })
        .then([&] { return http.listen(9180); });
  });
}

void Servers() {
  httplib::Server web;
  web.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
  web.listen("0.0.0.0", 8080);
  web.bind_to_port("0.0.0.0", 8090);
  web.listen_after_bind();
  boost::asio::io_context io;
  io.run();
  boost::asio::io_service old_io;
  old_io.run();
  drogon::app().addListener("0.0.0.0", 8081).setThreadNum(2).run();
  crow::SimpleApp crow_app;
  CROW_ROUTE(crow_app, "/")([] { return "ok"; });
  crow_app.port(8082).multithreaded().run();
  auto running = crow_app.run_async();
  Pistache::Http::Endpoint endpoint(Pistache::Address(Pistache::Ipv4::any(), Pistache::Port(8083)));
  endpoint.init(Pistache::Http::Endpoint::options().threads(2));
  endpoint.serve();
  endpoint.serveThreaded();
}
