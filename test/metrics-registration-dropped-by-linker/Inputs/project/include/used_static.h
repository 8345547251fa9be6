#pragma once
int UsedStaticHelper();
int ChainEntry();
int PluginEntry();
