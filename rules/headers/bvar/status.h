// Declaration-only stand-in for <bvar/status.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the
// public API of brpc 1.0 to 1.12; names are taken as std::string
// (butil::StringPiece in brpc). It is put last on the include path
// (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#ifndef BVAR_STATUS_H
#define BVAR_STATUS_H

#include <string>

#include <bvar/variable.h>

namespace bvar {

// A value set by the program and shown as is; named ones expose themselves.
template <typename T>
class Status : public Variable {
public:
    Status() {}
    Status(const T& value) : _value(value) {}
    Status(const std::string& name, const T& value) : _value(value) {
        this->expose(name);
    }
    Status(const std::string& prefix, const std::string& name, const T& value)
        : _value(value) {
        this->expose_as(prefix, name);
    }
    ~Status() { hide(); }

    void describe(std::ostream& os, bool quote_string) const override;
    T get_value() const { return _value; }
    void set_value(const T& value) { _value = value; }

private:
    T _value{};
};

}  // namespace bvar

#endif  // BVAR_STATUS_H
