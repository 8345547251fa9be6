// Declaration-only stand-in for <drogon/drogon.h>, shipped with metrics-init-check
// for scans where Drogon is not installed. Follows the public API of
// Drogon 1.7 and later; only what the servers rule pack names and the calls
// around it are declared. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or
// run.
#pragma once

#include <drogon/HttpAppFramework.h>
