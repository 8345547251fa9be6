// No metrics at all.
int main() { return 0; }
