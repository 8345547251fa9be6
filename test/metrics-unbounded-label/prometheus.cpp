// RUN: %check_rule %s metrics-unbounded-label %t -- -idirafter %S/../../rules/headers
// RUN: %{check_rule_tidy} %s metrics-unbounded-label %t-tidy -- -idirafter %S/../../rules/headers
//
// Per-sample label values of prometheus-cpp families: a value the tool
// can see comes from a request id, user id, path or a request object's
// members is unbounded; literals, enums, enum-to-string and choices
// between literals are bounded.

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

enum class Method { kGet, kPost };
const char *MethodName(Method m);

struct Session {
  std::string user_id;
  std::string region;
};

class Handler {
public:
  explicit Handler(prometheus::Registry &registry)
      : requests_(prometheus::BuildCounter()
                      .Name("http_requests_total")
                      .Register(registry)) {}

  void Serve(const httplib::Request &req, Method method, bool ok,
             const std::string &request_id, const Session &session) {
    // Negative: bounded values.
    requests_.Add({{"method", MethodName(method)}});
    requests_.Add({{"code", ok ? "200" : "500"}});
    requests_.Add({{"verb", req.method}});
    requests_.Add({{"region", session.region}});
    requests_.Add({{"handler", "serve"}});

    requests_.Add({{"request", request_id}});
    // CHECK-MESSAGES: :[[@LINE-1]]:32: note: label 'request' of metric 'http_requests_total' takes its value from 'request_id' (a parameter named like request_id): every distinct value is a new time series, without bound [metrics-unbounded-label]
    requests_.Add({{"user", session.user_id}});
    // CHECK-MESSAGES: :[[@LINE-1]]:29: note: label 'user' of metric 'http_requests_total' takes its value from 'session.user_id' (a member named like user_id): every distinct value is a new time series, without bound [metrics-unbounded-label]
    requests_.Add({{"route", req.path}});
    // CHECK-MESSAGES: :[[@LINE-1]]:30: note: label 'route' of metric 'http_requests_total' takes its value from 'req.path' (from request type 'httplib::Request'): every distinct value is a new time series, without bound [metrics-unbounded-label]
    requests_.Add({{"agent", req.get_header_value("User-Agent")}});
    // CHECK-MESSAGES: :[[@LINE-1]]:30: note: label 'agent' of metric 'http_requests_total' takes its value from 'req.get_header_value()' (from request type 'httplib::Request'): every distinct value is a new time series, without bound [metrics-unbounded-label]
  }

private:
  prometheus::Family<prometheus::Counter> &requests_;
};
