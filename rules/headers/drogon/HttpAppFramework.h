// Declaration-only stand-in for <drogon/HttpAppFramework.h>, shipped with metrics-init-check
// for scans where Drogon is not installed. Follows the public API of
// Drogon 1.7 and later; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace drogon {

class HttpAppFramework {
 public:
  virtual ~HttpAppFramework();
  static HttpAppFramework& instance();

  // Runs the event loop until quit(): a serve point.
  virtual void run() = 0;
  virtual void quit() = 0;
  virtual HttpAppFramework& addListener(const std::string& ip, uint16_t port,
                                        bool useSSL = false,
                                        const std::string& certFile = "",
                                        const std::string& keyFile = "",
                                        bool useOldTLS = false) = 0;
  virtual HttpAppFramework& setThreadNum(size_t threadNum) = 0;
  virtual HttpAppFramework& loadConfigFile(const std::string& fileName) = 0;
};

inline HttpAppFramework& app() { return HttpAppFramework::instance(); }

}  // namespace drogon
