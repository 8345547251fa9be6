// Declaration-only stand-in for <httplib.h>, shipped with metrics-init-check
// for scans where cpp-httplib is not installed. Follows the public API of
// cpp-httplib 0.10 to 0.18; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef CPPHTTPLIB_HTTPLIB_H
#define CPPHTTPLIB_HTTPLIB_H

#include <functional>
#include <map>
#include <string>

namespace httplib {

struct Request {
  std::string method;
  std::string path;
  std::string body;
  std::multimap<std::string, std::string> headers;
  std::multimap<std::string, std::string> params;
  bool has_param(const std::string& key) const;
  std::string get_param_value(const std::string& key, std::size_t id = 0) const;
  std::string get_header_value(const std::string& key, std::size_t id = 0) const;
};

struct Response {
  int status = -1;
  std::string body;
  void set_content(const std::string& s, const std::string& content_type);
  void set_header(const std::string& key, const std::string& val);
};

class Server {
 public:
  using Handler = std::function<void(const Request&, Response&)>;

  Server();
  virtual ~Server();

  Server& Get(const std::string& pattern, Handler handler);
  Server& Post(const std::string& pattern, Handler handler);
  Server& Put(const std::string& pattern, Handler handler);
  Server& Delete(const std::string& pattern, Handler handler);

  bool bind_to_port(const std::string& host, int port, int socket_flags = 0);
  int bind_to_any_port(const std::string& host, int socket_flags = 0);
  // Both block while serving: serve points.
  bool listen_after_bind();
  bool listen(const std::string& host, int port, int socket_flags = 0);

  bool is_running() const;
  void stop();
};

}  // namespace httplib

#endif  // CPPHTTPLIB_HTTPLIB_H
