#pragma once
int UsedStaticHelper();
