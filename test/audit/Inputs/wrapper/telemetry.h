// The service's own set-up function, which inhouse.json lists as an API:
// callers take the pack's word for what it does.
namespace svc {
void InitMetrics();
}
