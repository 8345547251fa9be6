// A pack entry no other entry calls (a plugin's or framework's start
// function): a program of its own, which serves and defines no metrics.
#include "metrics.h"

void jobs::WorkerMain() { Serve(4); }
