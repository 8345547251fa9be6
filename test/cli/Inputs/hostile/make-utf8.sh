# A source in Latin-1 (a string literal with the byte 0xE9) and a source
# whose file name holds the byte 0xFF: neither is valid UTF-8.
set -e
rm -rf "$1" && mkdir -p "$1"
cat > "$1/service.cpp" <<'CPP'
#include <cstdlib>

void StartExposer();
void RunServer();

int main() {
  if (std::getenv("PROD"))
    StartExposer();
  RunServer();
  return 0;
}
CPP
sed 's/"PROD"/"PR\xe9D"/' "$1/service.cpp" > "$1/latin1.cpp"
cp "$1/service.cpp" "$1/bad$(printf '\xff').cpp"
