// Declaration-only stand-in for <absl/strings/string_view.h>, shipped with
// metrics-init-check for scans where Abseil is not installed. Follows
// Abseil LTS 2022-06-23 and later built with its own string_view (as
// Debian's is), without Abseil's versioned inline namespace. It is put last
// on the include path (-idirafter): the real header always takes
// precedence. Nothing here can be linked or run.
#ifndef ABSL_STRINGS_STRING_VIEW_H_
#define ABSL_STRINGS_STRING_VIEW_H_

#include <cstddef>
#include <string>

namespace absl {

// Only what the flags stand-ins need: construction from C and C++ strings.
class string_view {
 public:
  constexpr string_view() noexcept : ptr_(nullptr), length_(0) {}
  string_view(const char* str)
      : ptr_(str), length_(str ? std::char_traits<char>::length(str) : 0) {}
  template <typename Allocator>
  string_view(
      const std::basic_string<char, std::char_traits<char>, Allocator>& str) noexcept
      : ptr_(str.data()), length_(str.size()) {}
  constexpr string_view(const char* data, std::size_t len) : ptr_(data), length_(len) {}

  constexpr const char* data() const noexcept { return ptr_; }
  constexpr std::size_t size() const noexcept { return length_; }
  constexpr bool empty() const noexcept { return length_ == 0; }
  explicit operator std::string() const { return std::string(ptr_, length_); }

 private:
  const char* ptr_;
  std::size_t length_;
};

}  // namespace absl

#endif  // ABSL_STRINGS_STRING_VIEW_H_
