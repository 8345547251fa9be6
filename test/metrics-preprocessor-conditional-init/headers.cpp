// Include guards (#ifndef X or #if !defined(X), then #define X) are not
// configurations; a global exposer under a
// platform macro is.
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t
// RUN: %check_rule %s metrics-preprocessor-conditional-init %t-embedded -- -DEMBEDDED_TARGET

#include "Inputs/guarded.h"

#ifndef HEADERS_TEST_GUARD
#define HEADERS_TEST_GUARD

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <memory>

inline std::unique_ptr<prometheus::Exposer> MakeExposer() {
  return std::make_unique<prometheus::Exposer>("0.0.0.0:9100");
}

#endif // HEADERS_TEST_GUARD

#ifndef EMBEDDED_TARGET
static prometheus::Exposer GlobalExposer{"0.0.0.0:9100"};
// Nothing is registered with this Exposer in the file: what the macro
// decides is whether the endpoint exists at all, the stage the pack calls
// creation (messages name the stage, not the API). With a registration the
// finding would be on 'RegisterCollectable', as exposure.
// CHECK-MESSAGES: :[[@LINE-5]]:20: warning: metrics are created only in some build configurations: 'Exposer' is compiled only under '#ifndef EMBEDDED_TARGET', and builds where it does not hold have nothing in its place (no '#else') [metrics-preprocessor-conditional-init]
#endif
