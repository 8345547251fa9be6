// Pulled in only through chain_entry.cpp, which main() pulls in: the
// archive is searched again for what a pulled member needs.
#include "registry.h"

static Registrar LeafCounters("chain_leaf.requests");

int ChainLeaf() { return 7; }
