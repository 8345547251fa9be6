// Declaration-only stand-in for <boost/asio/io_context.hpp>, shipped with metrics-init-check
// for scans where Boost.Asio is not installed. Follows the public API of
// Boost.Asio 1.66 and later (io_service is io_context's old name); only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef BOOST_ASIO_IO_CONTEXT_HPP
#define BOOST_ASIO_IO_CONTEXT_HPP

#include <cstddef>

namespace boost {
namespace asio {

class io_context {
 public:
  io_context();
  explicit io_context(int concurrency_hint);
  ~io_context();
  io_context(const io_context&) = delete;
  io_context& operator=(const io_context&) = delete;

  // Runs the event loop until it has no more work: a serve point.
  std::size_t run();
  std::size_t run_one();
  std::size_t poll();
  std::size_t poll_one();
  void stop();
  bool stopped() const;
  void restart();
};

typedef io_context io_service;

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_IO_CONTEXT_HPP
