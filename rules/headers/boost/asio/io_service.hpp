// Declaration-only stand-in for <boost/asio/io_service.hpp>, shipped with metrics-init-check
// for scans where Boost.Asio is not installed. Follows the public API of
// Boost.Asio 1.66 and later (io_service is io_context's old name); only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#ifndef BOOST_ASIO_IO_SERVICE_HPP
#define BOOST_ASIO_IO_SERVICE_HPP

#include <boost/asio/io_context.hpp>

#endif  // BOOST_ASIO_IO_SERVICE_HPP
