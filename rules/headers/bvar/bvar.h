// Declaration-only stand-in for <bvar/bvar.h>, shipped with metrics-init-check
// for scans where brpc is not installed. Follows the public API of brpc 1.0 to
// 1.12. It is put last on the include path (-idirafter): the real header
// always takes precedence. Nothing here can be linked or run.
#ifndef BVAR_BVAR_H
#define BVAR_BVAR_H

#include <bvar/latency_recorder.h>
#include <bvar/multi_dimension.h>
#include <bvar/passive_status.h>
#include <bvar/recorder.h>
#include <bvar/reducer.h>
#include <bvar/status.h>
#include <bvar/variable.h>
#include <bvar/window.h>

#endif  // BVAR_BVAR_H
