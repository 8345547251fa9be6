#include <cstdlib>

void StartExposer();
void RunServer();

int main() {
  if (std::getenv("PROD"))
    StartExposer();
  RunServer();
  return 0;
}
