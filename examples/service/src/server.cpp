#include "server.h"

#include <chrono>
#include <thread>

namespace orders {

void Server::Run() {
  // Stand-in for the real accept loop.
  for (;;)
    std::this_thread::sleep_for(std::chrono::seconds(1));
}

} // namespace orders
