// Declaration-only stand-in for <prometheus/detail/ckms_quantiles.h>, shipped
// with metrics-init-check for scans where prometheus-cpp is not installed.
// Follows the public API of prometheus-cpp 1.0 to 1.3. It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
#pragma once

namespace prometheus {
namespace detail {

class CKMSQuantiles {
 public:
  // A target quantile and the error tolerated around it: {0.99, 0.001}.
  struct Quantile {
    Quantile(double quantile, double error);
    double quantile;
    double error;
    double u;
    double v;
  };
};

}  // namespace detail
}  // namespace prometheus
