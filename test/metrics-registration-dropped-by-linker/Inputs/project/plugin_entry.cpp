// The shared library app uses; it links plugin_static, whose registrar
// nothing in the shared library references.
int PluginEntry() { return 3; }
