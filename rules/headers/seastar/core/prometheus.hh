// Declaration-only stand-in for <seastar/core/prometheus.hh>, shipped with
// metrics-init-check for scans where Seastar is not installed. Follows the
// public API of Seastar 22.11 and later; names and strings are taken as
// std::string (seastar::sstring in Seastar). It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here
// can be linked or run.
#pragma once

#include <string>

#include <seastar/core/future.hh>
#include <seastar/http/httpd.hh>

namespace seastar {
namespace httpd {
class routes;
}  // namespace httpd

namespace prometheus {

struct config {
    std::string metric_help;
    std::string hostname;
    std::string prefix = "seastar";
};

// Adds the /metrics route to a server: the Prometheus endpoint.
future<> start(httpd::http_server_control& http_server, config ctx);
future<> add_prometheus_routes(httpd::http_server_control& http_server, config ctx);
future<> add_prometheus_routes(httpd::routes& r, config ctx);

}  // namespace prometheus
}  // namespace seastar
