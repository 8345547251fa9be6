// Declaration-only stand-in for <opentelemetry/nostd/unique_ptr.h>, shipped
// with metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>

#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
template <class T>
class unique_ptr
{
public:
  using element_type = T;
  using pointer      = T *;

  unique_ptr() noexcept : ptr_(nullptr) {}
  unique_ptr(std::nullptr_t) noexcept : ptr_(nullptr) {}
  explicit unique_ptr(pointer p) noexcept : ptr_(p) {}
  unique_ptr(unique_ptr &&other) noexcept : ptr_(other.release()) {}

  template <class U,
            typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  unique_ptr(unique_ptr<U> &&other) noexcept : ptr_(other.release())
  {}

  template <class U,
            typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  unique_ptr(std::unique_ptr<U> &&other) noexcept : ptr_(other.release())
  {}

  unique_ptr(const unique_ptr &)            = delete;
  unique_ptr &operator=(const unique_ptr &) = delete;

  ~unique_ptr() { reset(); }

  unique_ptr &operator=(unique_ptr &&other) noexcept
  {
    reset(other.release());
    return *this;
  }
  unique_ptr &operator=(std::nullptr_t) noexcept
  {
    reset();
    return *this;
  }

  operator std::unique_ptr<T>() && noexcept { return std::unique_ptr<T>(release()); }
  operator bool() const noexcept { return ptr_ != nullptr; }

  T &operator*() const noexcept { return *ptr_; }
  pointer operator->() const noexcept { return ptr_; }
  pointer get() const noexcept { return ptr_; }

  void reset(pointer p = nullptr) noexcept
  {
    delete ptr_;
    ptr_ = p;
  }
  pointer release() noexcept
  {
    pointer p = ptr_;
    ptr_      = nullptr;
    return p;
  }

private:
  pointer ptr_;
};
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
