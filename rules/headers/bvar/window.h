// Declaration-only stand-in for <bvar/window.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the
// public API of brpc 1.0 to 1.12; names are taken as std::string
// (butil::StringPiece in brpc). It is put last on the include path
// (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#ifndef BVAR_WINDOW_H
#define BVAR_WINDOW_H

#include <ctime>
#include <string>

#include <bvar/variable.h>

namespace bvar {

enum SeriesFrequency {
    SERIES_IN_WINDOW = 0,
    SERIES_IN_SECOND = 1,
};

// The change of another bvar over the last window_size seconds; named ones
// expose themselves.
template <typename R, SeriesFrequency series_freq = SERIES_IN_WINDOW>
class Window : public Variable {
public:
    Window(R* var, time_t window_size) : _var(var), _window_size(window_size) {}
    Window(const std::string& name, R* var, time_t window_size)
        : _var(var), _window_size(window_size) {
        this->expose(name);
    }
    Window(const std::string& prefix, const std::string& name, R* var,
           time_t window_size)
        : _var(var), _window_size(window_size) {
        this->expose_as(prefix, name);
    }
    ~Window() { hide(); }

    void describe(std::ostream& os, bool quote_string) const override;
    time_t window_size() const { return _window_size; }

private:
    R* _var;
    time_t _window_size;
};

// Like Window, divided by the window's length in seconds.
template <typename R>
class PerSecond : public Variable {
public:
    PerSecond(R* var) : _var(var), _window_size(-1) {}
    PerSecond(R* var, time_t window_size) : _var(var), _window_size(window_size) {}
    PerSecond(const std::string& name, R* var) : _var(var), _window_size(-1) {
        this->expose(name);
    }
    PerSecond(const std::string& name, R* var, time_t window_size)
        : _var(var), _window_size(window_size) {
        this->expose(name);
    }
    PerSecond(const std::string& prefix, const std::string& name, R* var)
        : _var(var), _window_size(-1) {
        this->expose_as(prefix, name);
    }
    PerSecond(const std::string& prefix, const std::string& name, R* var,
              time_t window_size)
        : _var(var), _window_size(window_size) {
        this->expose_as(prefix, name);
    }
    ~PerSecond() { hide(); }

    void describe(std::ostream& os, bool quote_string) const override;
    time_t window_size() const { return _window_size; }

private:
    R* _var;
    time_t _window_size;
};

}  // namespace bvar

#endif  // BVAR_WINDOW_H
