// Declaration-only stand-in for <absl/flags/flag.h>, shipped with
// metrics-init-check for scans where Abseil is not installed. Follows the
// public flags API of Abseil LTS 2022-06-23 and later, without Abseil's
// versioned inline namespace (the checker's names ignore it). It is put
// last on the include path (-idirafter): the real header always takes
// precedence. Nothing here can be linked.
#ifndef ABSL_FLAGS_FLAG_H_
#define ABSL_FLAGS_FLAG_H_

#include <string>

#include <absl/flags/declare.h>

namespace absl {

class CommandLineFlag;

namespace flags_internal {

// Holds one flag's value; defined by ABSL_FLAG at namespace scope.
template <typename T>
class Flag {
 public:
  constexpr Flag(const char* name, const char* filename, const char* help,
                 const T& default_value)
      : name_(name), filename_(filename), help_(help), default_(default_value) {}
  Flag(const Flag&) = delete;
  Flag& operator=(const Flag&) = delete;

  T Get() const;
  void Set(const T& v);

 private:
  const char* name_;
  const char* filename_;
  const char* help_;
  T default_;
};

// What ABSL_FLAG's registering global is initialised with.
struct FlagRegistrarEmpty {};
template <typename T>
FlagRegistrarEmpty RegisterFlag(Flag<T>& flag, const char* filename);

}  // namespace flags_internal

// A flag's current value: absl::GetFlag(FLAGS_port). Flags can come from
// the environment (--fromenv), so the gflags rule pack reads this as an
// environment source.
template <typename T>
T GetFlag(const absl::Flag<T>& flag) {
  return flag.Get();
}

template <typename T>
void SetFlag(absl::Flag<T>* flag, const T& v) {
  flag->Set(v);
}

template <typename T, typename V>
void SetFlag(absl::Flag<T>* flag, const V& v) {
  flag->Set(T(v));
}

template <typename T>
const CommandLineFlag& GetFlagReflectionHandle(const absl::Flag<T>& f);

}  // namespace absl

// Defines FLAGS_name, an absl::Flag<Type>, and registers it during static
// initialisation.
#define ABSL_FLAG(Type, name, default_value, help)                       \
  extern ::absl::Flag<Type> FLAGS_##name;                                \
  ::absl::Flag<Type> FLAGS_##name{#name, __FILE__, help,                 \
                                  static_cast<Type>(default_value)};     \
  extern ::absl::flags_internal::FlagRegistrarEmpty FLAGS_no##name;      \
  ::absl::flags_internal::FlagRegistrarEmpty FLAGS_no##name =            \
      ::absl::flags_internal::RegisterFlag(FLAGS_##name, __FILE__)

#define ABSL_RETIRED_FLAG(type, name, default_value, explanation) \
  static_assert(sizeof(type) > 0, #name " is retired")

#endif  // ABSL_FLAGS_FLAG_H_
