// Declaration-only stand-in for <opentelemetry/metrics/async_instruments.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
// Simplification: the real ObserverResult is a nostd::variant of
// nostd::shared_ptr<ObserverResultT<int64_t|double>>; here it is opaque.
#pragma once

#include <opentelemetry/version.h>

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
