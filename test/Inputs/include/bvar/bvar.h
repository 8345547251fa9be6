// Test mock of brpc "bvar/bvar.h" (umbrella header).
// Real one also pulls in recorder.h, status.h, passive_status.h, gflag.h,
// scoped_timer.h, which are not mocked.
#ifndef BVAR_BVAR_H
#define BVAR_BVAR_H

#include "bvar/reducer.h"
#include "bvar/latency_recorder.h"

#endif  // BVAR_BVAR_H
