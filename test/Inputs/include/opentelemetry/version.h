// Test mock of opentelemetry-cpp "opentelemetry/version.h".
// Declaration-only stand-in; names and macros mirror the real API.
#pragma once

#ifndef OPENTELEMETRY_ABI_VERSION_NO
#  define OPENTELEMETRY_ABI_VERSION_NO 1
#endif

#define OPENTELEMETRY_VERSION "1.16.0-mock"

#define OTEL_MOCK_CONCAT_IMPL(a, b) a##b
#define OPENTELEMETRY_CONCAT(a, b) OTEL_MOCK_CONCAT_IMPL(a, b)

// Same shape as the real macro: opentelemetry::v<ABI> as an inline namespace.
#define OPENTELEMETRY_BEGIN_NAMESPACE \
  namespace opentelemetry { inline namespace OPENTELEMETRY_CONCAT(v, OPENTELEMETRY_ABI_VERSION_NO) {
#define OPENTELEMETRY_END_NAMESPACE \
  }}
#define OPENTELEMETRY_NAMESPACE opentelemetry::OPENTELEMETRY_CONCAT(v, OPENTELEMETRY_ABI_VERSION_NO)
