// A batch tool: counts into the same bvars, serves nothing.
#include <bvar/bvar.h>

extern bvar::Adder<int> g_orders;

int main() {
  g_orders << 1;
  return 0;
}
