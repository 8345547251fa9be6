// The same global bvar without any channel: brpc's thread never runs, so
// nothing in any environment serves it.
#include <bvar/bvar.h>

bvar::Adder<int> g_rows("tool_rows");

int main() {
  g_rows << 1;
  return 0;
}
