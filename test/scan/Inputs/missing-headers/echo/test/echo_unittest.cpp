// A test program of the repository: not one of its services, so not in
// the audit's programs (as the CLI does not analyse tests as services).
int main() { return 0; }
