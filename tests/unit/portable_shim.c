/* The C helpers as a compiler without GCC's and Clang's built-ins gets them
 * (MSVC): the same header, read with __GNUC__ and __clang__ undefined, so
 * that its portable code (the byte loops, not __builtin_strcmp) is built
 * and run here too. test_c_api.cpp checks that it answers as the rest. */
/* The header's own pragmas are GCC's, now unseen: MSGRConstants' table is longer than C99's 4095. */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#undef __GNUC__
#undef __clang__
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* tests name the constants on purpose */
#include "msgrpriv.h"
#include "msgrua.h"
#include "mdisp.h"
#include "basicim.h"

#include "c_shim.h"

#include <string.h>

#define PORTABLE_FROM_NAME(TYPE, Prefix)                \
  if (strcmp(type, #TYPE) == 0) {                       \
    TYPE found = (TYPE)*value;                          \
    int matched = Msgr##Prefix##FromName(name, &found); \
    *value = (long)found;                               \
    return matched;                                     \
  }

int portable_from_name(const char *type, const char *name, long *value) {
  MSGRPRIV_ENUMERATIONS(PORTABLE_FROM_NAME)
  MSGRPRIV_MSGRUA_ENUMERATIONS(PORTABLE_FROM_NAME)
  MSGRPRIV_MDISP_ENUMERATIONS(PORTABLE_FROM_NAME)
  MSGRPRIV_BASICIM_ENUMERATIONS(PORTABLE_FROM_NAME)
  return -1;
}
