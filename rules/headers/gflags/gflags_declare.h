// Declaration-only stand-in for <gflags/gflags_declare.h>, shipped with
// metrics-init-check for scans where gflags is not installed. Follows the
// public API of gflags 2.2 (built with its default namespace, google).
// It is put last on the include path (-idirafter): the real header always
// takes precedence. Nothing here can be linked.
#ifndef GFLAGS_DECLARE_H_
#define GFLAGS_DECLARE_H_

#include <cstdint>
#include <string>

#ifndef GFLAGS_NAMESPACE
#define GFLAGS_NAMESPACE google
#endif

namespace GFLAGS_NAMESPACE {
typedef std::int32_t int32;
typedef std::uint32_t uint32;
typedef std::int64_t int64;
typedef std::uint64_t uint64;
}  // namespace GFLAGS_NAMESPACE

// String flags are std::string, under this name as in gflags.
namespace fLS {
typedef std::string clstring;
}  // namespace fLS

// Each flag type lives in its own namespace (fLB, fLI, ...) and is pulled
// into the current one, as gflags does: a flag's variable is fLB::FLAGS_x.
#define DECLARE_VARIABLE(type, shorttype, name) \
  namespace fL##shorttype {                     \
  extern type FLAGS_##name;                     \
  }                                             \
  using fL##shorttype::FLAGS_##name

#define DECLARE_bool(name) DECLARE_VARIABLE(bool, B, name)
#define DECLARE_int32(name) DECLARE_VARIABLE(::GFLAGS_NAMESPACE::int32, I, name)
#define DECLARE_uint32(name) DECLARE_VARIABLE(::GFLAGS_NAMESPACE::uint32, U, name)
#define DECLARE_int64(name) DECLARE_VARIABLE(::GFLAGS_NAMESPACE::int64, I64, name)
#define DECLARE_uint64(name) DECLARE_VARIABLE(::GFLAGS_NAMESPACE::uint64, U64, name)
#define DECLARE_double(name) DECLARE_VARIABLE(double, D, name)
#define DECLARE_string(name)                 \
  namespace fLS {                            \
  extern ::fLS::clstring& FLAGS_##name;      \
  }                                          \
  using fLS::FLAGS_##name

#endif  // GFLAGS_DECLARE_H_
