// Declaration-only stand-in for <opentelemetry/metrics/sync_instruments.h>,
// shipped with metrics-init-check for scans where opentelemetry-cpp is not
// installed. Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1
// by default; -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last
// on the include path (-idirafter): the real header always takes precedence.
// Nothing here can be linked or run.
// ABI gating follows the real header: Histogram::Record without a Context and
// the Gauge instrument exist only when OPENTELEMETRY_ABI_VERSION_NO >= 2.
#pragma once

#include <initializer_list>
#include <utility>

#include <opentelemetry/common/attribute_value.h>
#include <opentelemetry/common/key_value_iterable.h>
#include <opentelemetry/context/context.h>
#include <opentelemetry/nostd/string_view.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics
{
using AttributeList =
    std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>;

class SynchronousInstrument
{
public:
  SynchronousInstrument()          = default;
  virtual ~SynchronousInstrument() = default;
};

template <class T>
class Counter : public SynchronousInstrument
{
public:
  virtual void Add(T value) noexcept                                              = 0;
  virtual void Add(T value, const context::Context &context) noexcept             = 0;
  virtual void Add(T value, const common::KeyValueIterable &attributes) noexcept = 0;
  virtual void Add(T value,
                   const common::KeyValueIterable &attributes,
                   const context::Context &context) noexcept                      = 0;

  // Real overload is constrained to key/value-iterable containers (e.g. std::map).
  template <class U>
  void Add(T value, const U &attributes) noexcept
  {
    (void)attributes;
    this->Add(value);
  }
  template <class U>
  void Add(T value, const U &attributes, const context::Context &context) noexcept
  {
    (void)attributes;
    this->Add(value, context);
  }
  void Add(T value, AttributeList attributes) noexcept
  {
    (void)attributes;
    this->Add(value);
  }
  void Add(T value, AttributeList attributes, const context::Context &context) noexcept
  {
    (void)attributes;
    this->Add(value, context);
  }
};

template <class T>
class Histogram : public SynchronousInstrument
{
public:
#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  virtual void Record(T value) noexcept                                              = 0;
  virtual void Record(T value, const common::KeyValueIterable &attributes) noexcept = 0;
  template <class U>
  void Record(T value, const U &attributes) noexcept
  {
    (void)attributes;
    this->Record(value);
  }
  void Record(T value, AttributeList attributes) noexcept
  {
    (void)attributes;
    this->Record(value);
  }
#endif
  virtual void Record(T value, const context::Context &context) noexcept = 0;
  virtual void Record(T value,
                      const common::KeyValueIterable &attributes,
                      const context::Context &context) noexcept          = 0;
  template <class U>
  void Record(T value, const U &attributes, const context::Context &context) noexcept
  {
    (void)attributes;
    this->Record(value, context);
  }
  void Record(T value, AttributeList attributes, const context::Context &context) noexcept
  {
    (void)attributes;
    this->Record(value, context);
  }
};

template <class T>
class UpDownCounter : public SynchronousInstrument
{
public:
  virtual void Add(T value) noexcept                                              = 0;
  virtual void Add(T value, const context::Context &context) noexcept             = 0;
  virtual void Add(T value, const common::KeyValueIterable &attributes) noexcept = 0;
  virtual void Add(T value,
                   const common::KeyValueIterable &attributes,
                   const context::Context &context) noexcept                      = 0;
  template <class U>
  void Add(T value, const U &attributes) noexcept
  {
    (void)attributes;
    this->Add(value);
  }
  void Add(T value, AttributeList attributes) noexcept
  {
    (void)attributes;
    this->Add(value);
  }
};

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
template <class T>
class Gauge : public SynchronousInstrument
{
public:
  virtual void Record(T value) noexcept                                              = 0;
  virtual void Record(T value, const context::Context &context) noexcept             = 0;
  virtual void Record(T value, const common::KeyValueIterable &attributes) noexcept = 0;
  template <class U>
  void Record(T value, const U &attributes) noexcept
  {
    (void)attributes;
    this->Record(value);
  }
  void Record(T value, AttributeList attributes) noexcept
  {
    (void)attributes;
    this->Record(value);
  }
};
#endif
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
