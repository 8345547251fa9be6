#include "metrics.h"

int main() {
  app::Service S;
  S.Run();
  return 0;
}
