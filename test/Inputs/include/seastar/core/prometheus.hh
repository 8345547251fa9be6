// Mock of seastar/core/prometheus.hh: starting the Prometheus endpoint.
#pragma once
#include <string>

namespace seastar {
template <typename... T> class future {};
namespace httpd {
class http_server_control {};
class routes {};
} // namespace httpd
namespace prometheus {
struct config {
  std::string metric_help;
  std::string prefix = "seastar";
};
future<> start(httpd::http_server_control &http_server, config ctx);
future<> add_prometheus_routes(httpd::routes &r, config ctx);
} // namespace prometheus
} // namespace seastar
