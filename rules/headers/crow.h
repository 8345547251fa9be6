// Declaration-only stand-in for <crow.h>, shipped with metrics-init-check
// for scans where Crow is not installed. Follows the public API of
// Crow 1.0 and later; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#pragma once

#include <cstdint>
#include <future>
#include <string>

namespace crow {

class response {
 public:
  response();
  response(int code);
  response(std::string body);
  response(int code, std::string body);
};

class request;

// A route; the handler is any callable.
class DynamicRule {
 public:
  template <typename Func>
  void operator()(Func&& f) {}
  template <typename... Methods>
  DynamicRule& methods(Methods... ms) {
    return *this;
  }
};

template <typename... Middlewares>
class Crow {
 public:
  Crow();
  DynamicRule& route_dynamic(std::string rule);
  Crow& port(std::uint16_t port);
  Crow& bindaddr(std::string bindaddr);
  Crow& multithreaded();
  Crow& concurrency(std::uint16_t concurrency);
  // Both start serving: serve points (run blocks).
  void run();
  std::future<void> run_async();
  void stop();
};

using SimpleApp = Crow<>;
using App = Crow<>;

}  // namespace crow

// Crow checks the URL's parameters at compile time; here the route is
// registered by name only.
#define CROW_ROUTE(app, url) app.route_dynamic(url)
