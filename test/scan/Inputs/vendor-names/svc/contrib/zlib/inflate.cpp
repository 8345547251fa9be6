int inflate_step(int x) { return x + 1; }
