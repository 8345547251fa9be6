// A batch tool: neither serves nor defines metrics.
int main() { return 0; }
