// Declaration-only stand-in for <seastar/core/app-template.hh>, shipped with
// metrics-init-check for scans where Seastar is not installed. Follows the
// public API of Seastar 22.11 and later; names and strings are taken as
// std::string (seastar::sstring in Seastar). It is put last on the include
// path (-idirafter): the real header always takes precedence. Nothing here
// can be linked or run.
#pragma once

#include <functional>

#include <seastar/core/future.hh>

namespace seastar {

// Starts the reactor and runs the function in it; returns when it ends.
class app_template {
public:
    struct config {
        config() {}
    };
    explicit app_template(config cfg = config());
    ~app_template();

    int run(int ac, char** av, std::function<future<int>()>&& func) noexcept;
    int run(int ac, char** av, std::function<future<>()>&& func) noexcept;
};

}  // namespace seastar
