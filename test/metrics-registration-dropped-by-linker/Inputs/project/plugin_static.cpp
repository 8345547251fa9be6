// Dropped from libplugin_shared.so: nothing there references it.
#include "registry.h"

static Registrar PluginCounters("plugin_static.requests");

int PluginStaticUnused() { return 4; }
