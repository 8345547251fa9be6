// The in-house library's API, defined in a prebuilt library.
namespace app {
namespace metrics {
bool Register(const char *Name);
} // namespace metrics
} // namespace app
#define REGISTER_METRIC(name) \
  static const bool registered_##name = app::metrics::Register(#name)
