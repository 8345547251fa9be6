// Declaration-only stand-in for <bvar/recorder.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the
// public API of brpc 1.0 to 1.12; names are taken as std::string
// (butil::StringPiece in brpc). It is put last on the include path
// (-idirafter): the real header always takes precedence. Nothing here can
// be linked or run.
#ifndef BVAR_RECORDER_H
#define BVAR_RECORDER_H

#include <cstdint>
#include <string>

#include <bvar/variable.h>

namespace bvar {

// Average of the recorded samples; named ones expose themselves.
class IntRecorder : public Variable {
public:
    IntRecorder() {}
    explicit IntRecorder(const std::string& name) { expose(name); }
    IntRecorder(const std::string& prefix, const std::string& name) {
        expose_as(prefix, name);
    }
    ~IntRecorder() { hide(); }

    IntRecorder& operator<<(int64_t sample);
    int64_t average() const;
    double average(double) const;
    void describe(std::ostream& os, bool quote_string) const override;
};

}  // namespace bvar

#endif  // BVAR_RECORDER_H
