// Declaration-only stand-in for <prometheus/text_serializer.h>, shipped with
// metrics-init-check for scans where prometheus-cpp is not installed. Follows
// the public API of prometheus-cpp 1.0 to 1.3. It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#pragma once

#include <iosfwd>
#include <vector>

#include <prometheus/metric_family.h>
#include <prometheus/serializer.h>

namespace prometheus {

// The text exposition format, for services that serve /metrics themselves.
class TextSerializer : public Serializer {
 public:
  using Serializer::Serialize;
  void Serialize(std::ostream& out,
                 const std::vector<MetricFamily>& metrics) const override;
};

}  // namespace prometheus
