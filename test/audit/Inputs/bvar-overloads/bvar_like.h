// The constructor overloads of brpc's bvar as brpc declares them (names
// are butil::StringPiece, window sizes time_t), written for this test:
// which overload a call picks decides whether anything is exposed.
#pragma once
#include <ctime>
#include <string>

namespace butil {
template <typename S> class BasicStringPiece {
public:
  BasicStringPiece(const char *);
  BasicStringPiece(const S &);
};
typedef BasicStringPiece<std::string> StringPiece;
} // namespace butil

namespace bvar {
class Variable {
public:
  int expose(const butil::StringPiece &name);
  int expose_as(const butil::StringPiece &prefix,
                const butil::StringPiece &name);
};

template <typename T> class Adder {
public:
  Adder();
  explicit Adder(const butil::StringPiece &name);
  Adder(const butil::StringPiece &prefix, const butil::StringPiece &name);
};

class LatencyRecorder {
public:
  LatencyRecorder();
  explicit LatencyRecorder(time_t window_size);
  LatencyRecorder(const butil::StringPiece &prefix);
  LatencyRecorder(const butil::StringPiece &prefix, time_t window_size);
  LatencyRecorder(const butil::StringPiece &prefix1,
                  const butil::StringPiece &prefix2);
  LatencyRecorder(const butil::StringPiece &prefix1,
                  const butil::StringPiece &prefix2, time_t window_size);
  int expose(const butil::StringPiece &prefix);
  int expose(const butil::StringPiece &prefix1,
             const butil::StringPiece &prefix2);
};

template <typename Tp> class PassiveStatus : public Variable {
public:
  PassiveStatus(const butil::StringPiece &name, Tp (*getfn)(void *),
                void *arg);
  PassiveStatus(const butil::StringPiece &prefix,
                const butil::StringPiece &name, Tp (*getfn)(void *),
                void *arg);
  PassiveStatus(Tp (*getfn)(void *), void *arg);
};

template <typename T> class Status {
public:
  Status();
  Status(const T &value);
  Status(const butil::StringPiece &name, const T &value);
  Status(const butil::StringPiece &prefix, const butil::StringPiece &name,
         const T &value);
};
template <> class Status<std::string> {
public:
  Status();
  Status(const butil::StringPiece &name, const char *fmt, ...);
  Status(const butil::StringPiece &prefix, const butil::StringPiece &name,
         const char *fmt, ...);
};

template <typename R> class Window {
public:
  Window(R *var, time_t window_size);
  Window(const butil::StringPiece &name, R *var, time_t window_size);
  Window(const butil::StringPiece &prefix, const butil::StringPiece &name,
         R *var, time_t window_size);
};

template <typename R> class PerSecond {
public:
  PerSecond(R *var);
  PerSecond(R *var, time_t window_size);
  PerSecond(const butil::StringPiece &name, R *var);
  PerSecond(const butil::StringPiece &name, R *var, time_t window_size);
  PerSecond(const butil::StringPiece &prefix, const butil::StringPiece &name,
            R *var);
  PerSecond(const butil::StringPiece &prefix, const butil::StringPiece &name,
            R *var, time_t window_size);
};
} // namespace bvar
