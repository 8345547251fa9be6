#if !defined(GUARDED_H)
#define GUARDED_H
#include <prometheus/registry.h>
#include <memory>
inline std::shared_ptr<prometheus::Registry> MakeRegistry() {
  return std::make_shared<prometheus::Registry>();
}
#endif
