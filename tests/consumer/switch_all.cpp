// The same program compiled as C++ (C++98 in the consumer test).
#include "switch_all.c"
