#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* tests name the constants on purpose */
#define MSGRPRIV_IMPLEMENTATION /* the one file of the test binary that compiles the helpers */
#include "msgrpriv.h"

#include "c_shim.h"

#include <stddef.h>

const char *c_name_of(int value) { return MsgrSessionStateName((SESSION_STATE)value); }

const char *c_description_of(int value) { return MsgrSessionStateDescription((SESSION_STATE)value); }

int c_from_name(const char *name, int *value) {
  SESSION_STATE state = (SESSION_STATE)*value;
  int found = MsgrSessionStateFromName(name, &state);
  *value = (int)state;
  return found;
}

int c_from_name_null_out(const char *name) { return MsgrSessionStateFromName(name, NULL); }
