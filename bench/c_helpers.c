/* The C helpers compiled as C, as a user's program compiles them. */
#define MSGRPRIV_IMPLEMENTATION
#include <msgrpriv.h>
