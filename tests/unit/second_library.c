/* Another library in the same program that also uses msgrpriv.h, the way
 * msgrpriv 1.0 required (MSGRPRIV_IMPLEMENTATION defined): linking it beside
 * c_shim.c, which does not define it, must neither clash nor change anything. */
#define MSGRPRIV_IMPLEMENTATION /* harmless now: the helpers are static inline */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS
#include "msgrpriv.h"

#include "second_library.h"

const char *second_library_name(long value) { return MsgrSessionStateName((SESSION_STATE)value); }
