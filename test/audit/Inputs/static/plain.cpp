// Defines no metrics at all: 'no-metrics'.
int main() { return 0; }
