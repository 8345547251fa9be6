// A vendored library's example program: the library's, not svc's.
int main() { return 0; }
