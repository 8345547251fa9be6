// Per-sample labels of a family held in a field, assigned in one method
// and sampled in another, and of a family bound to a reference.
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

class Server {
public:
  void Init(prometheus::Registry &registry) {
    requests_ = &prometheus::BuildCounter().Name("http_requests_total").Register(registry);
  }
  void Served(const std::string &method, const std::string &request_id) {
    requests_->Add({{"method", method}, {"request", request_id}}).Increment();
  }

private:
  prometheus::Family<prometheus::Counter> *requests_ = nullptr;
};

void Jobs(prometheus::Registry &registry) {
  auto &jobs = prometheus::BuildCounter().Name("jobs_total").Register(registry);
  jobs.Add({{"queue", "default"}});
}

// Labels built in a local variable first, then added.
void Queued(prometheus::Registry &registry, const std::string &session_id) {
  auto &queued = prometheus::BuildCounter().Name("queued_total").Register(registry);
  prometheus::Labels labels({{"session", session_id}});
  queued.Add(labels);
}
