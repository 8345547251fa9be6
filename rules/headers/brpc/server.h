// Declaration-only stand-in for <brpc/server.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the public
// API of brpc 1.0 to 1.12. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or run.
#ifndef BRPC_SERVER_H
#define BRPC_SERVER_H

#include <cstddef>
#include <ctime>
#include <string>

#include <bvar/bvar.h>

namespace google {
namespace protobuf {
class Service;
}  // namespace protobuf
}  // namespace google

namespace brpc {

// Real definition lives in brpc/details/profiler_linker.h.
struct ProfilerLinker {
    ProfilerLinker() {}
};

// Real struct declares ServerOptions() and sets defaults in server.cpp.
struct ServerOptions {
    int idle_timeout_sec = -1;
    std::string pid_file;
    int num_threads = 0;
    int max_concurrency = 0;
    int internal_port = -1;
    bool has_builtin_services = true;
    std::string enabled_protocols;
    std::string server_info_name;

    bool security_mode() const { return internal_port >= 0 || !has_builtin_services; }
};

enum ServiceOwnership {
    SERVER_OWNS_SERVICE,
    SERVER_DOESNT_OWN_SERVICE
};

struct PortRange {
    int min_port;
    int max_port;
    PortRange(int min_port2, int max_port2) : min_port(min_port2), max_port(max_port2) {}
};

class Server {
public:
    enum Status { UNINITIALIZED = 0, READY = 1, RUNNING = 2, STOPPING = 3 };

    Server(ProfilerLinker = ProfilerLinker()) {}
    ~Server() {}
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // All return 0 on success, -1 otherwise. Default options if opt is NULL.
    // (The real class also has Start(const butil::EndPoint&, const ServerOptions*).)
    int Start(const char* ip_port_str, const ServerOptions* opt);
    int Start(int port, const ServerOptions* opt);
    int Start(const char* ip_str, PortRange range, const ServerOptions* opt);
    int Start(PortRange range, const ServerOptions* opt);

    int Stop(int closewait_ms);
    int Join();
    void RunUntilAskedToQuit();

    int AddService(google::protobuf::Service* service, ServiceOwnership ownership);

    bool IsRunning() const { return false; }
    void set_version(const std::string& version) { _version = version; }
    const std::string& version() const { return _version; }

private:
    std::string _version;
};

bool IsDummyServerRunning();

// Starts a server exposing only builtin services (incl. /vars for bvar).
// Returns 0 on success, -1 otherwise.
int StartDummyServerAt(int port, ProfilerLinker = ProfilerLinker());

}  // namespace brpc

#endif  // BRPC_SERVER_H
