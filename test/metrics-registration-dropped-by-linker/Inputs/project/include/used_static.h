#pragma once
int UsedStaticHelper();
int ChainEntry();
int PluginEntry();

// Its key function, Run(), is defined in vtable_impl.cpp, and so is the
// vtable: constructing a Plugin references only the vtable, which is what
// pulls vtable_impl.cpp in.
struct Plugin {
  virtual int Run();
};
