// Test mock of "opentelemetry/metrics/async_instruments.h".
// Simplification: the real ObserverResult is a nostd::variant of
// nostd::shared_ptr<ObserverResultT<int64_t|double>>; here it is opaque.
#pragma once

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics
{
class ObserverResult;
using ObservableCallbackPtr = void (*)(ObserverResult &, void *);

class ObservableInstrument
{
public:
  ObservableInstrument()          = default;
  virtual ~ObservableInstrument() = default;

  virtual void AddCallback(ObservableCallbackPtr callback, void *state) noexcept    = 0;
  virtual void RemoveCallback(ObservableCallbackPtr callback, void *state) noexcept = 0;
};
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
