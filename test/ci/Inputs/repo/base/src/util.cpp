int Twice(int X) { return 2 * X; }
