// Declaration-only stand-in for <bvar/latency_recorder.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the public
// API of brpc 1.0 to 1.12. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or run.
// As in brpc, LatencyRecorder is NOT a bvar::Variable: it owns several
// internal bvars and has its own expose(prefix) / expose(prefix1, prefix2).
// Deviation: name parameters are std::string (real: butil::StringPiece).
#ifndef BVAR_LATENCY_RECORDER_H
#define BVAR_LATENCY_RECORDER_H

#include <cstdint>
#include <ctime>
#include <iosfwd>
#include <string>

#include <bvar/reducer.h>

namespace bvar {
namespace detail {
class LatencyRecorderBase {
public:
    explicit LatencyRecorderBase(time_t window_size) : _window_size(window_size) {}
    time_t window_size() const { return _window_size; }
protected:
    time_t _window_size;
};
}  // namespace detail

class LatencyRecorder : public detail::LatencyRecorderBase {
    typedef detail::LatencyRecorderBase Base;
public:
    LatencyRecorder() : Base(-1) {}
    explicit LatencyRecorder(time_t window_size) : Base(window_size) {}
    explicit LatencyRecorder(const std::string& prefix) : Base(-1) { expose(prefix); }
    LatencyRecorder(const std::string& prefix, time_t window_size)
        : Base(window_size) { expose(prefix); }
    LatencyRecorder(const std::string& prefix1, const std::string& prefix2)
        : Base(-1) { expose(prefix1, prefix2); }
    LatencyRecorder(const std::string& prefix1, const std::string& prefix2,
                    time_t window_size)
        : Base(window_size) { expose(prefix1, prefix2); }
    ~LatencyRecorder() { hide(); }

    // Record one latency sample.
    LatencyRecorder& operator<<(int64_t latency) { (void)latency; return *this; }

    // Returns 0 on success, -1 otherwise.
    int expose(const std::string& prefix) { return expose(std::string(), prefix); }
    int expose(const std::string& prefix1, const std::string& prefix2) {
        (void)prefix1; (void)prefix2; return 0;
    }
    void hide() {}

    int64_t latency() const { return 0; }
    int64_t max_latency() const { return 0; }
    int64_t count() const { return 0; }
    int64_t qps() const { return 0; }
    int64_t latency_percentile(double ratio) const { (void)ratio; return 0; }
};

std::ostream& operator<<(std::ostream& os, const LatencyRecorder&);

}  // namespace bvar

#endif  // BVAR_LATENCY_RECORDER_H
