// Declaration-only stand-in for <brpc/channel.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the public
// API of brpc 1.0 to 1.12. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or run.
#ifndef BRPC_CHANNEL_H
#define BRPC_CHANNEL_H

#include <cstdint>
#include <string>

namespace brpc {

// Real struct sets its defaults in channel.cpp.
struct ChannelOptions {
    int32_t connect_timeout_ms = 200;
    int32_t timeout_ms = 500;
    int max_retry = 3;
    std::string protocol;
    std::string connection_type;
};

// The first Init of any channel (or Server::Start) runs brpc's global
// initialisation, which starts its background thread.
class Channel {
public:
    Channel() {}
    virtual ~Channel() {}
    Channel(const Channel&) = delete;
    Channel& operator=(const Channel&) = delete;

    // All return 0 on success, -1 otherwise. Default options if NULL.
    // (The real class also has Init(butil::EndPoint, const ChannelOptions*).)
    int Init(const char* server_addr_and_port, const ChannelOptions* options);
    int Init(const char* server_addr, int port, const ChannelOptions* options);
    int Init(const char* naming_service_url, const char* load_balancer_name,
             const ChannelOptions* options);
};

// Initialises brpc's global state (protocols, the background thread) once.
void GlobalInitializeOrDie();

}  // namespace brpc

#endif  // BRPC_CHANNEL_H
