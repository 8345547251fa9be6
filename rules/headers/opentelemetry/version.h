// Declaration-only stand-in for <opentelemetry/version.h>, shipped with
// metrics-init-check for scans where opentelemetry-cpp is not installed.
// Follows the public API of opentelemetry-cpp 1.10 to 1.22 (ABI v1 by default;
// -DOPENTELEMETRY_ABI_VERSION_NO=2 selects ABI v2). It is put last on the
// include path (-idirafter): the real header always takes precedence. Nothing
// here can be linked or run.
#pragma once

#ifndef OPENTELEMETRY_ABI_VERSION_NO
#  define OPENTELEMETRY_ABI_VERSION_NO 1
#endif

#define OPENTELEMETRY_VERSION "1.16.0"

#define OTEL_MOCK_CONCAT_IMPL(a, b) a##b
#define OPENTELEMETRY_CONCAT(a, b) OTEL_MOCK_CONCAT_IMPL(a, b)

// Same shape as the real macro: opentelemetry::v<ABI> as an inline namespace.
#define OPENTELEMETRY_BEGIN_NAMESPACE \
  namespace opentelemetry { inline namespace OPENTELEMETRY_CONCAT(v, OPENTELEMETRY_ABI_VERSION_NO) {
#define OPENTELEMETRY_END_NAMESPACE \
  }}
#define OPENTELEMETRY_NAMESPACE opentelemetry::OPENTELEMETRY_CONCAT(v, OPENTELEMETRY_ABI_VERSION_NO)
