// Declaration-only stand-in for <pistache/endpoint.h>, shipped with metrics-init-check
// for scans where Pistache is not installed. Follows the public API of
// Pistache 0.x; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace Pistache {

class Port {
 public:
  Port(std::uint16_t port = 0);
};

class Ipv4 {
 public:
  static Ipv4 any();
};

class Address {
 public:
  Address();
  Address(std::string host, Port port);
  Address(std::string addr);
  Address(const char* addr);
  Address(Ipv4 ip, Port port);
};

namespace Http {

class Handler;

class Endpoint {
 public:
  struct Options {
    Options& threads(int val);
    Options& flags(int val);
    Options& maxRequestSize(std::size_t val);
  };

  Endpoint();
  explicit Endpoint(const Address& addr);

  void init(const Options& options = Options());
  void setHandler(const std::shared_ptr<Handler>& handler);
  // serve() blocks, serveThreaded() serves from a thread: serve points.
  void serve();
  void serveThreaded();
  void shutdown();
  static Options options();
};

}  // namespace Http
}  // namespace Pistache
