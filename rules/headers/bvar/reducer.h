// Declaration-only stand-in for <bvar/reducer.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the public
// API of brpc 1.0 to 1.12. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or run.
// Deviation: name parameters are std::string (real: butil::StringPiece);
// operator<< takes const T& (real: butil::add_cr_non_integral<T>::type).
#ifndef BVAR_REDUCER_H
#define BVAR_REDUCER_H

#include <limits>
#include <string>

#include <bvar/variable.h>

namespace bvar {
namespace detail {
struct VoidOp {
    template <typename T> T operator()(const T&, const T&) const { return T(); }
};
template <typename Tp> struct AddTo {
    void operator()(Tp& lhs, const Tp& rhs) const { lhs += rhs; }
};
template <typename Tp> struct MinusFrom {
    void operator()(Tp& lhs, const Tp& rhs) const { lhs -= rhs; }
};
template <typename Tp> struct MaxTo {
    void operator()(Tp& lhs, const Tp& rhs) const { if (lhs < rhs) lhs = rhs; }
};
template <typename Tp> struct MinTo {
    void operator()(Tp& lhs, const Tp& rhs) const { if (rhs < lhs) lhs = rhs; }
};
}  // namespace detail

template <typename T, typename Op, typename InvOp = detail::VoidOp>
class Reducer : public Variable {
public:
    Reducer(const T& identity = T(), const Op& op = Op(),
                     const InvOp& inv_op = InvOp())
        : _value(identity), _op(op), _inv_op(inv_op) {}
    ~Reducer() { hide(); }

    // Add a value; returns self for chaining.
    Reducer& operator<<(const T& value) { _op(_value, value); return *this; }

    T get_value() const { return _value; }
    T reset() { T old = _value; _value = T(); return old; }
    void describe(std::ostream&, bool) const override {}

    const Op& op() const { return _op; }
    const InvOp& inv_op() const { return _inv_op; }

private:
    T _value;
    Op _op;
    InvOp _inv_op;
};

template <typename T>
class Adder : public Reducer<T, detail::AddTo<T>, detail::MinusFrom<T> > {
public:
    typedef Reducer<T, detail::AddTo<T>, detail::MinusFrom<T> > Base;
    typedef T value_type;

    Adder() : Base() {}
    explicit Adder(const std::string& name) : Base() { this->expose(name); }
    Adder(const std::string& prefix, const std::string& name) : Base() {
        this->expose_as(prefix, name);
    }
    ~Adder() { Variable::hide(); }
};

template <typename T>
class Maxer : public Reducer<T, detail::MaxTo<T> > {
public:
    typedef Reducer<T, detail::MaxTo<T> > Base;
    typedef T value_type;

    Maxer() : Base(std::numeric_limits<T>::min()) {}
    explicit Maxer(const std::string& name) : Base(std::numeric_limits<T>::min()) {
        this->expose(name);
    }
    Maxer(const std::string& prefix, const std::string& name)
        : Base(std::numeric_limits<T>::min()) {
        this->expose_as(prefix, name);
    }
    ~Maxer() { Variable::hide(); }
};

template <typename T>
class Miner : public Reducer<T, detail::MinTo<T> > {
public:
    typedef Reducer<T, detail::MinTo<T> > Base;
    typedef T value_type;

    Miner() : Base(std::numeric_limits<T>::max()) {}
    explicit Miner(const std::string& name) : Base(std::numeric_limits<T>::max()) {
        this->expose(name);
    }
    Miner(const std::string& prefix, const std::string& name)
        : Base(std::numeric_limits<T>::max()) {
        this->expose_as(prefix, name);
    }
    ~Miner() { Variable::hide(); }
};

}  // namespace bvar

#endif  // BVAR_REDUCER_H
