void StartExposer();
int main() {
  StartExposer()
  return undeclared_identifier;
}
