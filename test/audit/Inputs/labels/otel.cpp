// OpenTelemetry attributes on an instrument held in a smart pointer.
#include "opentelemetry/metrics/meter.h"

#include <string>

void Ordered(opentelemetry::metrics::Meter *meter, const std::string &user_id) {
  auto orders = meter->CreateUInt64Counter("shop.orders");
  orders->Add(1, {{"user", user_id.c_str()}, {"country", "de"}});
}
