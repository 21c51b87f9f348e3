/* Names the type and a constant: the deprecation diagnostic's trigger. */
#include "msgrpriv.h"

int state_number(void);
int state_number(void) {
  SESSION_STATE state = SS_READY;
  return (int)state;
}
