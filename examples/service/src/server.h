#pragma once
#include <string>

namespace orders {

class Server {
public:
  explicit Server(std::string address) : address_(std::move(address)) {}
  // Accepts connections until shutdown.
  void Run();

private:
  std::string address_;
};

} // namespace orders
