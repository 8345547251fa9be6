// A vendored library inside app/: a repository of its own.
int foo_answer() { return 42; }
