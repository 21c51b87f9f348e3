/* Names the type and a constant (the deprecation diagnostic's trigger) and
 * compiles the helpers' definitions, so every mode checks them too. */
#include "msgrpriv.h"

int state_number(void);
int state_number(void) {
  SESSION_STATE state = SS_READY;
  return MsgrSessionStateName(state) != 0 ? (int)state : -1;
}
