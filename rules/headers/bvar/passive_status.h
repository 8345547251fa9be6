// Declaration-only stand-in for <bvar/passive_status.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the
// public API of brpc 1.0 to 1.12; names are taken as std::string
// (butil::StringPiece in brpc). It is put last on the include path
// (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#ifndef BVAR_PASSIVE_STATUS_H
#define BVAR_PASSIVE_STATUS_H

#include <string>

#include <bvar/variable.h>

namespace bvar {

// A value computed by a callback when read; named ones expose themselves.
template <typename Tp>
class PassiveStatus : public Variable {
public:
    typedef Tp value_type;

    PassiveStatus(const std::string& name, Tp (*getfn)(void*), void* arg)
        : _getfn(getfn), _arg(arg) {
        this->expose(name);
    }
    PassiveStatus(const std::string& prefix, const std::string& name,
                  Tp (*getfn)(void*), void* arg)
        : _getfn(getfn), _arg(arg) {
        this->expose_as(prefix, name);
    }
    PassiveStatus(Tp (*getfn)(void*), void* arg) : _getfn(getfn), _arg(arg) {}
    ~PassiveStatus() { hide(); }

    void describe(std::ostream& os, bool quote_string) const override;
    Tp get_value() const { return _getfn(_arg); }

private:
    Tp (*_getfn)(void*);
    void* _arg;
};

}  // namespace bvar

#endif  // BVAR_PASSIVE_STATUS_H
