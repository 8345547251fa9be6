#pragma once
namespace foo {
/// Exposes the library's metrics (defined in the vendored repository).
void StartMetrics();
} // namespace foo
