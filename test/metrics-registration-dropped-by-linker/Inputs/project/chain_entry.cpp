int ChainLeaf();
int ChainEntry() { return ChainLeaf() + 1; }
