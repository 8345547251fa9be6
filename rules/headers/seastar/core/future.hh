// Declaration-only stand-in for <seastar/core/future.hh>, shipped with
// metrics-init-check for scans where Seastar is not installed. Follows the
// public API of Seastar 22.11 and later; names and strings are taken as
// std::string (seastar::sstring in Seastar). It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here
// can be linked or run.
#pragma once

namespace seastar {

// An asynchronous result; only its type is declared here.
template <typename... T>
class future {
public:
    // Called with lambdas, so it needs a (trivial) body.
    template <typename Func>
    future<> then(Func&& func) noexcept {
        return {};
    }
    void get();
};

}  // namespace seastar
