#pragma once
#define ORDERS_PORT 8080
