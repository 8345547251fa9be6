// Declaration-only stand-in for <opentelemetry/nostd/shared_ptr.h>, shipped
// with metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
// (the real one type-erases it in a placement buffer for ABI stability).
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

#include <opentelemetry/nostd/unique_ptr.h>
#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
template <class T>
class shared_ptr
{
public:
  using element_type = T;
  using pointer      = T *;

  shared_ptr() noexcept = default;
  explicit shared_ptr(pointer p) : impl_(p) {}
  shared_ptr(std::shared_ptr<T> p) noexcept : impl_(std::move(p)) {}
  shared_ptr(std::unique_ptr<T> &&p) noexcept : impl_(p.release()) {}
  shared_ptr(unique_ptr<T> &&p) noexcept : impl_(p.release()) {}
  shared_ptr(const shared_ptr &) noexcept = default;
  shared_ptr(shared_ptr &&) noexcept      = default;

  template <class U,
            typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  shared_ptr(shared_ptr<U> &&other) noexcept : impl_(std::move(other.impl_))
  {}

  template <class U,
            typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  shared_ptr(std::unique_ptr<U> &&other) noexcept : impl_(other.release())
  {}

  shared_ptr &operator=(const shared_ptr &) noexcept = default;
  shared_ptr &operator=(shared_ptr &&) noexcept      = default;
  shared_ptr &operator=(std::nullptr_t) noexcept
  {
    impl_.reset();
    return *this;
  }

  T &operator*() const noexcept { return *impl_; }
  pointer operator->() const noexcept { return impl_.get(); }
  operator bool() const noexcept { return impl_ != nullptr; }
  pointer get() const noexcept { return impl_.get(); }

  template <class U>
  friend class shared_ptr;

private:
  std::shared_ptr<T> impl_;
};

template <class T>
inline bool operator==(const shared_ptr<T> &lhs, std::nullptr_t) noexcept
{
  return lhs.get() == nullptr;
}
template <class T>
inline bool operator!=(const shared_ptr<T> &lhs, std::nullptr_t) noexcept
{
  return lhs.get() != nullptr;
}
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
