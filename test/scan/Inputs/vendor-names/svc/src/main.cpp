#include <sys/socket.h>

int main() { return listen(3, 16); }
