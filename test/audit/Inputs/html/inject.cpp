// Markup in a metric's name and help: the audit page must show it as text,
// never run it (test/audit/html.test).
#include "metrics.h"

int main() {
  auto registry = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter()
      .Name("</script><img src=x onerror=\"window.__pwned=1\">")
      .Help("<b>bold</b> & <script>window.__pwned=1</script>")
      .Register(*registry);
  prometheus::Exposer exposer{"0.0.0.0:9100"};
  exposer.RegisterCollectable(registry);
  Serve(3);
  return 0;
}
