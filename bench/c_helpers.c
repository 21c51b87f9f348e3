/* The C helpers compiled as C, as a user's program compiles them. */
#include <msgrpriv.h>
