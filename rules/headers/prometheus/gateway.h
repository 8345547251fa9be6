// Declaration-only stand-in for <prometheus/gateway.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <future>
#include <memory>
#include <string>

#include <prometheus/collectable.h>
#include <prometheus/labels.h>

namespace prometheus {

// The Pushgateway client. It pushes only when Push/PushAdd (or their Async
// forms) are called: there is no background thread.
class Gateway {
 public:
  Gateway(const std::string& host, const std::string& port,
          const std::string& jobname, const Labels& labels = {},
          const std::string& username = {}, const std::string& password = {});
  ~Gateway();

  Gateway(const Gateway&) = delete;
  Gateway(Gateway&&) = delete;
  Gateway& operator=(const Gateway&) = delete;
  Gateway& operator=(Gateway&&) = delete;

  void RegisterCollectable(const std::weak_ptr<Collectable>& collectable,
                           const Labels* labels = nullptr);

  static Labels GetInstanceLabel(std::string hostname);

  int Push();
  std::future<int> AsyncPush();
  int PushAdd();
  std::future<int> AsyncPushAdd();
  int Delete();
  std::future<int> AsyncDelete();
  int DeleteForInstance();
  std::future<int> AsyncDeleteForInstance();
};

}  // namespace prometheus
