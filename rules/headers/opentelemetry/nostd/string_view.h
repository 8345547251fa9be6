// Declaration-only stand-in for <opentelemetry/nostd/string_view.h>, shipped
// with metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>

#include <opentelemetry/version.h>

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
class string_view
{
public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  string_view() noexcept : data_(nullptr), size_(0) {}
  string_view(const char *str) noexcept : data_(str), size_(str ? std::strlen(str) : 0) {}
  string_view(const std::string &str) noexcept : data_(str.data()), size_(str.size()) {}
  string_view(const char *str, std::size_t len) noexcept : data_(str), size_(len) {}

  explicit operator std::string() const { return std::string(data_, size_); }

  const char *data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  std::size_t length() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const char *begin() const noexcept { return data_; }
  const char *end() const noexcept { return data_ + size_; }
  char operator[](std::size_t i) const noexcept { return data_[i]; }

private:
  const char *data_;
  std::size_t size_;
};

inline bool operator==(string_view lhs, string_view rhs) noexcept
{
  return lhs.size() == rhs.size() &&
         (lhs.size() == 0 || std::memcmp(lhs.data(), rhs.data(), lhs.size()) == 0);
}
inline bool operator!=(string_view lhs, string_view rhs) noexcept { return !(lhs == rhs); }
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
