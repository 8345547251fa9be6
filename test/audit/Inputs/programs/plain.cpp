// Serves, and defines no metrics at all.
#include "metrics.h"

int main() {
  Serve(3);
  return 0;
}
