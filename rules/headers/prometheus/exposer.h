// Declaration-only stand-in for <prometheus/exposer.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <prometheus/collectable.h>

struct CivetCallbacks;

namespace prometheus {

// The pull endpoint: an HTTP server that serves /metrics while it lives.
class Exposer {
 public:
  explicit Exposer(const std::string& bind_address,
                   const std::size_t num_threads = 2,
                   const CivetCallbacks* callbacks = nullptr);
  explicit Exposer(std::vector<std::string> options,
                   const CivetCallbacks* callbacks = nullptr);
  ~Exposer();

  Exposer(const Exposer&) = delete;
  Exposer(Exposer&&) = delete;
  Exposer& operator=(const Exposer&) = delete;
  Exposer& operator=(Exposer&&) = delete;

  // Keeps only a weak_ptr: the caller keeps the collectable alive.
  void RegisterCollectable(const std::weak_ptr<Collectable>& collectable,
                           const std::string& uri = std::string("/metrics"));

  void RegisterAuth(
      std::function<bool(const std::string&, const std::string&)> authCB,
      const std::string& realm = "Prometheus-cpp Exporter",
      const std::string& uri = std::string("/metrics"));

  void RemoveCollectable(const std::weak_ptr<Collectable>& collectable,
                         const std::string& uri = std::string("/metrics"));

  std::vector<int> GetListeningPorts() const;
};

}  // namespace prometheus
