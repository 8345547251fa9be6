// Declaration-only stand-in for <seastar/http/httpd.hh>, shipped with
// metrics-init-check for scans where Seastar is not installed. Follows the
// public API of Seastar 22.11 and later; names and strings are taken as
// std::string (seastar::sstring in Seastar). It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here
// can be linked or run.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <seastar/core/future.hh>

namespace seastar {

// An address to listen on (seastar/net/socket_defs.hh in Seastar).
class socket_address {
public:
    socket_address(std::uint16_t port) noexcept;
};

namespace httpd {

class routes;

// Runs an HTTP server on every shard; serving starts with listen().
class http_server_control {
public:
    http_server_control();
    ~http_server_control();
    future<> start(const std::string& name = "http");
    future<> stop() noexcept;
    future<> set_routes(std::function<void(routes& r)> fun);
    future<> listen(socket_address addr);
};

}  // namespace httpd
}  // namespace seastar
