// RUN: %check_rule %s metrics-name-convention %t
// RUN: %{check_rule_tidy} %s metrics-name-convention %t-tidy
//
// prometheus-cpp exposes the name as written and adds no `_total`: the
// name must follow the conventions itself.

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/summary.h>

#include <string>

void DefineMetrics(prometheus::Registry &registry, const std::string &prefix) {
  // Negative: the conventions kept.
  prometheus::BuildCounter().Name("http_requests_total").Register(registry);
  prometheus::BuildGauge().Name("queue_depth").Register(registry);
  prometheus::BuildHistogram().Name("request_duration_seconds").Register(registry);
  prometheus::BuildGauge().Name("cache_size_bytes").Register(registry);
  // Negative: a name built at run time is never guessed at.
  prometheus::BuildCounter().Name(prefix + "Requests").Register(registry);

  prometheus::BuildCounter().Name("http_requests").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: note: counter 'http_requests' has no '_total' suffix, and prometheus-cpp does not add one [metrics-name-convention]
  prometheus::BuildGauge().Name("QueueDepth").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: note: metric name 'QueueDepth' is not lower snake_case: Prometheus names are lower-case words joined by '_' [metrics-name-convention]
  prometheus::BuildGauge().Name("job:queue_depth").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: note: metric name 'job:queue_depth' contains ':', which Prometheus reserves for recording rules [metrics-name-convention]
  prometheus::BuildGauge().Name("http-inflight").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: note: metric name 'http-inflight' is not a valid Prometheus name: letters, digits, '_' and ':' only, not starting with a digit [metrics-name-convention]
  prometheus::BuildGauge().Name("connections_total").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: note: metric name 'connections_total' ends in a suffix of counters, but it is a gauge [metrics-name-convention]
  prometheus::BuildHistogram().Name("request_latency_milliseconds").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: note: metric name 'request_latency_milliseconds' measures in 'milliseconds': Prometheus uses base units, 'seconds' [metrics-name-convention]
  prometheus::BuildHistogram().Name("request_latency").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: note: metric name 'request_latency' measures a latency but names no unit: add '_seconds' [metrics-name-convention]
  prometheus::BuildCounter().Name("requests_time_total").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: note: metric name 'requests_time_total' measures a time but names no unit: add '_seconds' [metrics-name-convention]
  prometheus::BuildCounter().Name("requests_time_seconds_total").Register(registry);
  prometheus::BuildGauge().Name("jobs_count").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: note: metric name 'jobs_count' ends in '_count', the suffix of the series of histograms or summaries, but it is a gauge [metrics-name-convention]
  prometheus::BuildSummary().Name("rpc_duration_seconds_sum").Register(registry);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: note: summary 'rpc_duration_seconds_sum' ends in '_sum', which Prometheus adds to a summary's own series: the scrape shows 'rpc_duration_seconds_sum_sum' [metrics-name-convention]
}
